import type { Registry, RegistryWording } from '../../src/schemas/index.ts';
import { findDates, isoDate, yearFromReportDate, type DateMention } from './dates.ts';
import type { Mention } from './entities.ts';
import { parseChineseNumeral, qualifierBefore, type Amount } from './numbers.ts';
import { clauseSubjects, clauses, isComparison, modelMentions, within, type Sentence } from './sentence-context.ts';
import { settingPhrase } from './score-cell.ts';
import type { RawAttribute, RawResult } from './table-facts.ts';
import { wordsPattern } from './text.ts';

export interface RawPrice {
  model: string;
  value: number;
  currency: 'USD' | 'CNY';
  per: number;
  direction: 'input' | 'output' | 'training' | 'unspecified';
  /** The variant priced, when a table cell names one ("旧模型: GPT-4 8K"). */
  variant?: string;
  printed: string;
  line: number;
}

export interface RawRelease {
  model: string;
  date: string;
  printed: string;
  line: number;
  /** The sentence or table row it was read from. */
  text: string;
  /**
   * A launch of something built on the model rather than the model ("OpenAI 推出 GPT 商店": a name
   * followed by a word of wording.yaml launchWords): the product as printed.
   */
  launch?: string;
  /** For a launch: the vendor the sentence names as launching it, when it names one before the verb. */
  launchedBy?: string;
  /** The time zone named right before the day (wording.yaml timeZoneWords: 美国时间 12 月 6 日). */
  timeZone?: string;
}

const SCORE_VERB = /(为|达到|达|高达|得分|得分为|得分率|是|准确率|提高到了?|提升到了?|升至|至)\s*$/;
const SKIP_BEFORE = /(超过了?|超|高于|低于|提高了?|提升了?|增加了?|下降了?|减少了?|降低了?|原来的|以往的|此前的|几乎|近|约|最高|比)\s*$/;

/**
 * A setting in brackets right after a score or a benchmark's name ("88.7% 的成绩（0-shot CoT）", "MMLU（5-shot）"):
 * the bracket's text, when it reads as a setting (score-cell.ts SETTING: shots, CoT, pass@k …).
 */
function bracketedSetting(text: string, from: number): string | null {
  const m = /^\s*(?:的?(?:成绩|得分|分数|准确率|正确率))?\s*[（(]([^()（）]{1,30})[)）]/.exec(text.slice(from, from + 44));
  return m && settingPhrase(m[1]!, []) ? m[1]!.trim() : null;
}

/** Scores stated in running text: "Gemini Ultra 的 MMLU 指标达到 90.04%" (with a bracketed setting after it). */
export function sentenceScores(s: Sentence, findAmounts: (t: string) => Amount[]): RawResult[] {
  const out: RawResult[] = [];
  const benches = s.mentions.filter((m) => m.targets[0]!.kind === 'benchmark');
  if (benches.length === 0) return out;
  let carriedBench: Mention | null = null;
  const dateSpans = findDates(s.text);
  for (const { clause, subject } of clauseSubjects(s)) {
    const text = s.text.slice(clause.start, clause.end);
    const ownBench = within(benches, clause)[0] ?? null;
    if (ownBench) carriedBench = ownBench;
    const bench = ownBench ?? carriedBench;
    if (!bench || !subject) continue;
    const ownModels = within(modelMentions(s.mentions), clause);
    // A clause comparing with people, not models, is not a score of the subject.
    if (ownModels.length === 0 && /(人类|专家|参赛者|应试者|人工)/.test(text)) continue;
    const amounts = findAmounts(text).filter((a) => a.unit === '%' || a.unit === '' || a.unit === '％');
    let taken = 0;
    for (const a of amounts) {
      const at = clause.start + a.start;
      if (s.mentions.some((m) => at >= m.start && at < m.end)) continue;
      if (dateSpans.some((d) => at >= d.start && at < d.end) || /^\s*[年月日号]/.test(s.text.slice(clause.start + a.end))) continue;
      if (at < bench.end && ownBench) continue;
      const before = s.text.slice(Math.max(clause.start, at - 6), at);
      const after = s.text.slice(clause.start + a.end, clause.start + a.end + 6);
      if (SKIP_BEFORE.test(before)) continue;
      if (/^\s*(以上|以下|的参赛者|的应试者|的人|倍|项|个)/.test(after)) continue;
      if (!a.percent && !SCORE_VERB.test(before)) continue;
      // "90.6%对 89.8%": only the first number is the subject's.
      if (taken > 0 && /对|vs|VS|比/.test(s.text.slice(at - 4, at))) continue;
      const model = ownModels.filter((m) => m.start < at).pop() ?? subject;
      out.push({ model: model.targets[0]!.id, benchmark: bench.targets.find((t) => t.kind === 'benchmark')!.id, value: a.value, unit: a.percent ? '%' : '', setting: bracketedSetting(s.text, clause.start + a.end) ?? bracketedSetting(s.text, bench.end), printed: a.printed, line: s.lineAt(at) });
      taken++;
    }
  }
  return out;
}

/** The model a quantity belongs to: "<amount>参数的 X", else the nearest model before it in the clause, else the clause subject. */
function ownerOf(s: Sentence, at: number, end: number, subject: Mention | null, clauseStart: number): Mention | null {
  const models = modelMentions(s.mentions);
  const following = models.find((m) => m.start >= end && m.start - end <= 12 && /^\s*(?:个)?\s*(?:活动)?(?:参数量?|tokens?|Token|上下文)?\s*(?:的|参数)?\s*(?:大?(?:语言|基础|多模态)?模型)?\s*$/.test(s.text.slice(end, m.start)) && /的|模型/.test(s.text.slice(end, m.start)));
  if (following) return following;
  const before = models.filter((m) => m.end <= at && m.start >= clauseStart && !isComparison(s.text, m)).pop();
  return before ?? subject;
}

/**
 * The models a value belongs to: the owner alone, or, when the owner is in a list ("A和B", "A、B与C")
 * followed by 都/均 before the value, every model of the list.
 */
function sharedBy(s: Sentence, owner: Mention, at: number): Mention[] {
  const models = modelMentions(s.mentions);
  const i = models.indexOf(owner);
  if (i < 0) return [owner];
  // Joined by list words, allowing a vendor or a generic noun before a name ("阿里通义M6大模型和腾讯混元").
  const joined = (a: Mention, b: Mention) => /^\s*(?:大?模型)?\s*[、/／和及与]\s*[^\s，,。；;、和及与]{0,4}?\s*$/.test(s.text.slice(a.end, b.start));
  let first = i;
  while (first > 0 && joined(models[first - 1]!, models[first]!)) first--;
  let last = i;
  while (last + 1 < models.length && models[last + 1]!.end <= at && joined(models[last]!, models[last + 1]!)) last++;
  const between = s.text.slice(models[last]!.end, at);
  if (first === last || /[，,；;。]/.test(between) || !/(?<![平人])[都均]/.test(between)) return [owner];
  return models.slice(first, last + 1);
}

/** How far before a size an estimate word (wording.yaml estimateWords) still makes it an estimate. */
const ESTIMATE_WINDOW = 24;

const PARAM_NEAR = /参数/;
const CONTEXT_NEAR = /(上下文|context|窗口|长文本|语境)/i;

/** Parameter counts and context windows stated in running text. */
export function sentenceQuantities(s: Sentence, findAmounts: (t: string) => Amount[], registry: Registry): RawAttribute[] {
  const out: RawAttribute[] = [];
  const subjects = clauseSubjects(s);
  for (const { clause, subject } of subjects) {
    const text = s.text.slice(clause.start, clause.end);
    const found = findAmounts(text);
    // Magnitude words the amount finder did not already read as a number ("千亿" is 千 × 亿 to it).
    const orders = orderWords(text, registry).filter((o) => !found.some((a) => a.start < o.end && o.start < a.end));
    const amounts = [...found, ...orders].filter((a) => !a.percent && !a.currency);
    const perClause: RawAttribute[] = [];
    for (const a of amounts) {
      const at = clause.start + a.start;
      const end = clause.start + a.end;
      // A size in brackets right after a model's name ("盘古-π (7B) 在多任务上…") is its parameter count, whether or
      // not the matcher took the bracket into the name.
      const bracketed =
        !a.order && a.max === undefined && a.factor >= 1e8 && /^\s*[)）]/.test(s.text.slice(end))
          ? modelMentions(s.mentions).find((m) => m.start < at && (m.end <= at ? /^\s*[（(]\s*$/.test(s.text.slice(m.end, at)) : /[^\s（(]\s*[（(]\s*$/.test(s.text.slice(m.start, at)) && /^\s*[)）]$/.test(s.text.slice(end, m.end))))
          : undefined;
      if (!bracketed && s.mentions.some((m) => at >= m.start && at < m.end)) continue;
      // A count after "/" or 每 is what a price is per ("5 美元/百万 tokens"), never a size or a window.
      if (/[/／每]\s*$/.test(s.text.slice(Math.max(clause.start, at - 3), at))) continue;
      const near = text;
      const tokenUnit = /^[KkMm]?$/.test(a.unit.replace(/[万百千]/g, '')) && /^\s*(个)?\s*(tokens?|Token|k|K)/i.test(s.text.slice(end, end + 8));
      let attribute: RawAttribute['attribute'] | null = null;
      // A count of tokens, characters or words ("100 万 tokens", "200 万字") is never a parameter count.
      const countsText = /^\s*个?\s*(?:tokens?|Token|字|词|汉字|上下文)/i.test(s.text.slice(end, end + 8));
      // A count of parameters needs a magnitude (万, 亿, B): "2000万" is, "2000 个" is not.
      // Active parameters of a mixture of experts ("每个 token 激活 210 亿参数", "130 亿活动参数") are not its size.
      const active = /激活|活动|活跃|active/i.test(s.text.slice(Math.max(clause.start, at - 6), at)) || /^\s*(?:个)?\s*(?:激活|活动|活跃)参数|^\s*active/i.test(s.text.slice(end, end + 8));
      if (PARAM_NEAR.test(near) && !/活动参数|激活参数|活跃参数/.test(near) && !active && !countsText && ((a.factor >= 1e4 && a.value * a.factor >= 1e6) || a.order)) attribute = 'parameters';
      // A bracketed size counts in B, or in 亿 where the sentence speaks of parameters ("ChatGPT（1亿）用户" is no size).
      else if (bracketed && (/^[BbTt]$/.test(a.unit) || PARAM_NEAR.test(s.text))) attribute = 'parameters';
      // In a flattened table with a parameter column, a bare count of 亿 or B is a parameter count ("Gato 多面手的智能体 12亿 多模态").
      else if (s.parameterColumn && !a.order && a.factor >= 1e6 && !/^\s*(?:个|种|位|名|家|次|条|张|人|元|美元|tokens?|Token|用户)/i.test(s.text.slice(end, end + 6))) attribute = 'parameters';
      else if (CONTEXT_NEAR.test(s.text) && (/[Kk]$/.test(a.unit) || (/万/.test(a.unit) && /^\s*个?\s*(?:tokens?|Token|[^，,。；;\d]{0,4}(?:上下文|语境))/i.test(s.text.slice(end, end + 10))) || tokenUnit)) attribute = 'contextWindow';
      // "上下文长度升级至 200 万字", "支持输入 20 万汉字": a window counted in characters.
      const characters = /万/.test(a.unit) && /^\s*个?\s*(?:汉字|中文字符|字)(?![节数符])/.test(s.text.slice(end, end + 6)) && (CONTEXT_NEAR.test(s.text) || /(?:输入|处理|阅读|读取)\s*(?:长达|多达|超过|约)?\s*$/.test(s.text.slice(Math.max(clause.start, at - 8), at)));
      if (characters) attribute = 'contextWindow';
      if (!attribute) continue;
      if (/(增加了|提升了|提高了|降低了|下降了|减少了|增大了)\s*$/.test(s.text.slice(clause.start, at))) continue;
      const owner = bracketed ?? ownerOf(s, at, end, subject ?? s.sectionModel ?? null, clause.start);
      if (!owner) continue;
      // "数百万个上下文标记", "几千亿": a vague quantity, not a size.
      if (/^[十百千万亿]/.test(a.printed) && /[数几]$/.test(s.text.slice(Math.max(0, at - 1), at))) continue;
      // "多个 70 亿参数的 MoE 组合", "8 个 70 亿参数的专家": the size of each part, not of the model.
      if (/(?:多|每|几|若干|(?<!\d)(?:[2-9]|\d{2,})|[两二三四五六七八九十][一二三四五六七八九十]*)\s*个\s*$/.test(s.text.slice(Math.max(clause.start, at - 6), at))) continue;
      // A forecast or rumour shortly before it ("LLaMA3 有望比肩 GPT-4，最高 1400 亿参数") makes it an estimate, whatever else qualifies it.
      const before = s.text.slice(Math.max(0, at - ESTIMATE_WINDOW), at);
      const estimate = registry.wording.estimateWords.some((w) => before.includes(w) && !before.includes(`不${w}`));
      const qualifier: RawAttribute['qualifier'] = estimate ? 'estimate' : (qualifierBefore(s.text, at) ?? (/最大/.test(s.text.slice(clause.start, at)) ? 'up-to' : a.order ? 'about' : undefined));
      // "阿里通义M6大模型和腾讯混元都是参数容量破千亿的…": 都/均 after a list gives the value to every model listed.
      for (const m of sharedBy(s, owner, at)) perClause.push({ model: m.targets[0]!.id, attribute, printed: a.printed, line: s.lineAt(at), amount: a, ...(qualifier ? { qualifier } : {}), ...(characters ? { unit: 'characters' as const } : {}) });
    }
    // "Nano-1、Nano-2 参数量分别为 1.8B 和 3.25B": pair the lists.
    const list = within(modelMentions(s.mentions), clause);
    if (/分别/.test(text) && list.length >= 2 && list.length === perClause.length) perClause.forEach((p, i) => (p.model = list[i]!.targets[0]!.id));
    const byModel = new Map<string, number>();
    for (const p of perClause) byModel.set(`${p.model}:${p.attribute}`, (byModel.get(`${p.model}:${p.attribute}`) ?? 0) + 1);
    for (const p of perClause) if ((byModel.get(`${p.model}:${p.attribute}`) ?? 0) > 1) p.variant = p.printed;
    out.push(...perClause);
  }
  return out;
}

/** "千亿级参数", "超千亿参数", "万亿参数": a magnitude word used as a number. */
function orderWords(text: string, registry: Registry): Amount[] {
  const out: Amount[] = [];
  const re = /(?<![\d.零一二两三四五六七八九十百千万])(万亿|千亿|百亿)(级)?(?=\s*(?:级|别|以上)?\s*参数)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    out.push({ start: m.index, end: m.index + m[0].length, printed: m[0], value: 1, factor: registry.units.magnitudes[m[1]!] ?? 1, unit: m[0], currency: null, percent: false, order: true });
  }
  return out;
}

/** Words that say which tokens a price is for ("输入 15 美元", "Input: $0.03"). */
export const PRICE_DIRECTION = /输入|输出|input|output|training|训练/i;
/** What a PRICE_DIRECTION word prices. */
export const priceDirection = (word: string): 'input' | 'output' | 'training' => {
  const w = word.toLowerCase();
  return w === '输入' || w === 'input' ? 'input' : w === '输出' || w === 'output' ? 'output' : 'training';
};
const PRICE_DIRECTIONS = new RegExp(PRICE_DIRECTION.source, 'gi');

/** Usage prices: "每百万 tokens 输入 15 美元，输出 75 美元". */
/** The count of tokens a price is per ("每百万 tokens", "元/千 tokens", "1K tokens"). */
export const PER_TOKENS = /(每\s*千|千|1000|1,000|1K|1k|每\s*百万|百万|1M|1,000,000|每\s*万|万)\s*(?:个\s*)?(?:(?:输入|输出)\s*)?tokens?/gi;
/** How many tokens a PER_TOKENS phrase counts. */
export const tokensPer = (phrase: string): number => (/百万|1M|1,000,000/i.test(phrase) ? 1e6 : /万/.test(phrase) ? 1e4 : 1e3);

export function sentencePrices(s: Sentence, findAmounts: (t: string) => Amount[], perContext?: string): RawPrice[] {
  const out: RawPrice[] = [];
  const PER = PER_TOKENS;
  // The token count a price is for: in the sentence, else in its context (a price table's caption or the paragraph above it).
  let perMatch = [...s.text.matchAll(PER)];
  if (perMatch.length === 0 && perContext) perMatch = [...perContext.matchAll(PER)].slice(-1).map((m) => Object.assign(m, { index: -1 }));
  if (perMatch.length === 0) return out;
  let direction: RawPrice['direction'] = 'unspecified';
  for (const { clause, subject } of clauseSubjects(s)) {
    const text = s.text.slice(clause.start, clause.end);
    for (const a of findAmounts(text)) {
      if (!a.currency || a.percent) continue;
      const at = clause.start + a.start;
      const lead = s.text.slice(clause.start, at);
      const d = [...lead.matchAll(PRICE_DIRECTIONS)].pop()?.[0];
      if (d) direction = priceDirection(d);
      // The unit right after the price ("0.0008 元/千 tokens"), else the last one before it ("每百万 tokens 输入 1 元").
      const priceEnd = clause.start + a.end;
      const per = perMatch.find((p) => p.index! >= priceEnd && /^\s*[/／]?\s*$/.test(s.text.slice(priceEnd, p.index!).replace(/元|美元|人民币|\$/g, ''))) ?? perMatch.filter((p) => p.index! < at).pop() ?? perMatch[0]!;
      const perN = tokensPer(per[0]);
      const owner = subject ?? s.sectionModel;
      if (!owner) continue;
      out.push({ model: owner.targets[0]!.id, value: a.value * a.factor, currency: a.currency, per: perN, direction, printed: a.printed, line: s.lineAt(at) });
    }
    // A clause that only changes direction ("输出便宜 2 倍") still sets it for the next number.
    const d2 = [...text.matchAll(/输入|输出/g)].pop()?.[0];
    if (d2) direction = d2 === '输入' ? 'input' : 'output';
  }
  return out;
}

/** Longest text an event quotes. */
export const EVENT_TEXT_MAX = 240;

/**
 * The part of a sentence an event quotes: the whole sentence when short, else from the start of the
 * semicolon- or comma-delimited stretch holding the date, so the quote always shows the date it is about.
 */
export function excerptAt(text: string, at: number, max = EVENT_TEXT_MAX): string {
  if (text.length <= max || at < max / 2) return text.slice(0, max);
  const head = text.slice(Math.max(0, at - max / 2), at);
  const cut = Math.max(head.search(/[；;。][^；;。]*$/), head.search(/[，,][^，,]*$/));
  const start = at - head.length + (cut >= 0 ? cut + 1 : 0);
  return text.slice(start, start + max).trim();
}

interface ReleaseWording {
  verb: RegExp;
  upgrade: Set<string>;
  paper: Set<string>;
  unnamed: Set<string>;
  paperTitleEnd: RegExp;
  plan: RegExp;
  notReleaseAfter: RegExp;
  /** A launch word after a model, with a version suffix ("自定义版本") or a Latin one ("API v2"). */
  launchAfter: RegExp;
  labelYear: RegExp;
  /** A time zone right before a date ("美国时间 "), at the end of the text before it. */
  zoneBefore: RegExp | null;
}
const releaseWordingCache = new WeakMap<RegistryWording, ReleaseWording>();
/** The release wording of wording.yaml compiled once per registry. */
function releaseWording(w: RegistryWording): ReleaseWording {
  let c = releaseWordingCache.get(w);
  if (c) return c;
  const plan = wordsPattern(w.planWords);
  c = {
    verb: new RegExp(wordsPattern([...w.unnamedReleases, ...w.releaseVerbs, ...w.upgradeVerbs, ...w.paperVerbs]), 'g'),
    upgrade: new Set(w.upgradeVerbs),
    unnamed: new Set(w.unnamedReleases),
    paper: new Set(w.paperVerbs),
    paperTitleEnd: new RegExp(`^\\s*(?:[:：》]|${wordsPattern(w.paperTitleEnds)})`, 'i'),
    plan: new RegExp(plan),
    // After a model name, words that make a release verb about something else ("发布GPT商店", "GPT-5商标").
    notReleaseAfter: new RegExp(`^\\s*的?\\s*${wordsPattern([...w.notReleaseAfter, ...w.launchWords])}`, 'i'),
    zoneBefore: w.timeZoneWords.length ? new RegExp(`(${wordsPattern(w.timeZoneWords)})\\s*(?:的\\s*)?$`) : null,
    launchAfter: new RegExp(`^\\s*${wordsPattern(w.launchWords)}(?:版本|版|\\s*[A-Za-z0-9.]+(?![\\p{L}]))?`, 'iu'),
    // After a label's name: an optional expansion in parentheses, optional 模型, then a bare year (not a month, not "年的", not a plan or a figure).
    labelYear: new RegExp(
      `^\\s*(?:([（(][^（）()]{1,80}[)）])\\s*)?(?:(大?模型)\\s*)?((?:19|20)\\d{2})\\s*年(?!\\s*\\d|[的底末初中以起至])(?!\\s*(?:${plan}|${wordsPattern(w.notLabelYearAfter)}))`,
    ),
  };
  releaseWordingCache.set(w, c);
  return c;
}

/** Resolve a date's year from the sentence, the figure caption, or the report date. */
export function resolveYear(d: DateMention, s: Sentence, allDates: DateMention[], recentWords: readonly string[] = []): string | null {
  const year = yearOf(d, s.reportDate);
  if (year !== undefined) return isoDate({ year, month: d.month, day: d.day });
  // Named relative to a report date the text does not give: unknown.
  if (d.yearOffset !== undefined) return null;
  // A year printed (or named: "去年 11 月发布 A，12 月发布 B") earlier in the sentence dates the month.
  const earlier = allDates.filter((x) => x.start < d.start && yearOf(x, s.reportDate) !== undefined).pop();
  if (earlier) return isoDate({ year: yearOf(earlier, s.reportDate)!, month: d.month, day: d.day });
  const cap = s.caption ? /((?:19|20)\d{2})\s*年/.exec(s.caption) : null;
  if (cap) return isoDate({ year: Number(cap[1]), month: d.month, day: d.day });
  if (s.labelYear) return isoDate({ year: s.labelYear, month: d.month, day: d.day });
  // A day ("2 月 15 日") is dated by the report; a month alone ("2 月发布") only when the sentence (or its paragraph before it) says it is recent
  // (近期 …): in a slide's timeline a bare month belongs to a year printed elsewhere on the slide.
  const recent = d.day !== undefined || s.recent === true || recentWords.some((w) => s.text.includes(w));
  const y = d.month !== undefined && recent ? yearFromReportDate(d.month, d.day, s.reportDate) : undefined;
  return y ? isoDate({ year: y, month: d.month, day: d.day }) : null;
}

/** A date's year: printed, or named relative to the report's ("去年 11 月": the report's year, moved back). */
function yearOf(d: DateMention, reportDate: string | null): number | undefined {
  if (!d.yearMissing) return d.year;
  if (d.yearOffset !== undefined && reportDate) return Number(reportDate.slice(0, 4)) + d.yearOffset;
  return undefined;
}

/** Year and month `n` months after the given one, as "YYYY-MM". */
function addMonths(year: number, month: number, n: number): string {
  const k = year * 12 + (month - 1) + n;
  return isoDate({ year: Math.floor(k / 12), month: (k % 12) + 1 });
}

/**
 * Release events: "2023 年 12 月 7 日，Google 发布了…Gemini", "Gemini 1.5 Pro…于 2024 年 2 月 15 日发布".
 * `versionOf` finds a model's version in the registry ("ernie" + "4.0" → ernie-4) for upgrades ("更新至 4.0 版本").
 */
export function sentenceReleases(
  s: Sentence,
  wording: RegistryWording,
  versionOf?: (model: string, version: string) => string | null,
  /** A model's family in the registry (claude-3-opus → claude-3), for members listed with a family's release. */
  familyOf?: (model: string) => string | null,
): RawRelease[] {
  const { verb: RELEASE_VERB, upgrade, paper, unnamed, paperTitleEnd, plan: FUTURE, notReleaseAfter: NOT_RELEASE_AFTER, launchAfter: LAUNCH_AFTER, labelYear: LABEL_YEAR, zoneBefore: ZONE_BEFORE } = releaseWording(wording);
  /** The time zone printed right before a day ("美国时间 2 月 15 日"), as a field to spread into a release. */
  const zoneOf = (d: DateMention): { timeZone?: string } => {
    const z = d.day !== undefined && ZONE_BEFORE ? ZONE_BEFORE.exec(s.text.slice(Math.max(0, d.start - 12), d.start))?.[1] : undefined;
    return z ? { timeZone: z } : {};
  };
  /**
   * After a released family, a member word ("该系列包含三个模型：") opening a list whose names are all members of
   * that family: the members. A list that mixes in other models ("包括谷歌的 Imagen、OpenAI 的 DALL-E 2") is not one.
   */
  const listedMembers = (from: number, families: string[]) => {
    const rest = s.text.slice(from);
    const stop = /[。；;]/.exec(rest)?.index ?? rest.length;
    const at = Math.min(...wording.memberWords.map((w) => rest.indexOf(w)).filter((i) => i >= 0 && i < stop));
    if (!Number.isFinite(at) || FUTURE.test(rest.slice(0, at))) return [];
    const listed = models.filter((m) => m.start >= from + at && m.end <= from + stop);
    const first = listed[0];
    if (!first || /[，,]/.test(s.text.slice(from + at, first.start))) return [];
    return listed.every((m) => families.includes(familyOf?.(m.targets[0]!.id) ?? '')) ? listed : [];
  };
  const out: RawRelease[] = [];
  const dates = findDates(s.text);
  if (dates.length === 0) return out;
  const models = modelMentions(s.mentions);
  // A label line of a slide or table: "CLIP(Contrastive Language-Image PreTraining)模型 2021年", "DiT(…)模型 2023年用 …".
  const label = models[0] && /^[\s•\-*\d.)）]*$/.test(s.text.slice(0, models[0].start)) ? LABEL_YEAR.exec(s.text.slice(models[0].end)) : null;
  // The name must read as a label: followed by 模型, or by nothing but its year ("GPT-4（OpenAI）2023年收入…" is not one).
  if (label && (label[2] || s.text.slice(models[0]!.end + label[0].length).trim() === '')) {
    out.push({ model: models[0]!.targets[0]!.id, date: label[3]!, printed: `${label[3]}年`, line: s.lineAt(models[0]!.end + label[0].length - 1), text: excerptAt(s.text, 0) });
    return out;
  }
  const cls = clauses(s.text);
  const subject = models.find((m) => !isComparison(s.text, m)) ?? null;
  /** A name and those listed right after it ("ChatGPT/GPT-3.5", "Gemini 和 Gemini Pro"), before `limit`. */
  const withListed = (first: (typeof models)[number], limit = s.text.length) => {
    const out = [first];
    for (const m of models) {
      if (m.start <= out[out.length - 1]!.start || m.end > limit) continue;
      if (!/^[\s、/／和及与]*$/.test(s.text.slice(out[out.length - 1]!.end, m.start))) break;
      out.push(m);
    }
    return out;
  };
  RELEASE_VERB.lastIndex = 0;
  let v: RegExpExecArray | null;
  const seen = new Set<string>();
  while ((v = RELEASE_VERB.exec(s.text))) {
    const vAt = v.index;
    const vEnd = vAt + v[0].length;
    const date = dates.filter((d) => d.start < vAt).pop();
    if (!date) continue;
    // "2023年4月，… 8个月后发布Gemini": a month count right before the verb moves the date on (month precision).
    const between = s.text.slice(date.end, vAt);
    const later = /(\d{1,2}|[一两二三四五六七八九十]{1,3})\s*个\s*月后\s*(?:[，,]\s*)?$/.exec(between);
    const months = later && yearOf(date, s.reportDate) !== undefined && date.month !== undefined && !/[；;]/.test(between) ? Number(later[1]) || parseChineseNumeral(later[1]!) : 0;
    // A date applies up to the next semicolon or sentence-internal date range ("2022年起").
    if (!months && /[；;]|(?:19|20)\d{2}\s*年(?:起|以来)|此后|之后|随后|后来|个月后|年后/.test(between)) continue;
    // "的开源 LLaMA": a verb used as an adjective.
    // ("基于研究目的发布": 目的 is a noun, the verb is a verb.)
    if (/(?<!目)的\s*$/.test(s.text.slice(Math.max(0, vAt - 3), vAt))) continue;
    // The date must belong to this stretch of the sentence (no other verb's date in between).
    const clause = cls.find((c) => c.start <= vAt && vAt < c.end);
    if (!clause) continue;
    // A plan in the verb's clause ("Meta 计划在今年 7 月份发布 Llama 3") or right before the date is not a release.
    if (FUTURE.test(s.text.slice(Math.max(date.end, Math.min(clause.start, vAt - 8)), vAt)) || FUTURE.test(s.text.slice(Math.max(0, date.start - 6), date.start))) continue;
    // "ERNIE 更新至 4.0 版本", "讯飞星火…模型已升级至 V3.5": the release is of the named model's version, if the registry knows it.
    if (upgrade.has(v[0])) {
      const upgrade = /^\s*(V?\d+(?:\.\d+)*)\s*(?:版本|版)?/i.exec(s.text.slice(vEnd));
      const base = models.filter((m) => m.end <= vAt && !isComparison(s.text, m)).pop();
      const id = upgrade && base && versionOf ? versionOf(base.targets[0]!.id, upgrade[1]!) : null;
      const iso = id ? resolveYear(date, s, dates, wording.recentWords) : null;
      if (id && iso && !seen.has(id)) {
        seen.add(id);
        out.push({ model: id, date: iso, printed: date.printed, line: s.lineAt(date.start), text: excerptAt(s.text, date.start), ...zoneOf(date) });
      }
      continue;
    }
    // A paper introduces the model its title opens with ("发表论文《GAIA: ZERO-SHOT …》"); a paper about a model does not date it.
    if (paper.has(v[0])) {
      const title = /^\s*《\s*/.exec(s.text.slice(vEnd));
      // Named first and then a colon or the end of the title ("《GAIA: …》"), not "《ChatGPT for Robotics: …》".
      const named = title ? models.find((m) => m.start === vEnd + title[0].length && paperTitleEnd.test(s.text.slice(m.end))) : undefined;
      const iso = named ? resolveYear(date, s, dates, wording.recentWords) : null;
      if (named && iso && !seen.has(named.targets[0]!.id)) {
        seen.add(named.targets[0]!.id);
        out.push({ model: named.targets[0]!.id, date: iso, printed: date.printed, line: s.lineAt(date.start), text: excerptAt(s.text, date.start), ...zoneOf(date) });
      }
      continue;
    }
    // What is released runs from the verb to the next comma or semicolon, through parentheses ("发布 SVD(…)模型和 SVD-XT").
    const objectEnd = Math.max(clause.end, vEnd + (/[，,；;：。]/.exec(s.text.slice(vEnd))?.index ?? s.text.length - vEnd));
    let targets = models.filter((m) => m.start >= vEnd && m.end <= objectEnd && !isComparison(s.text, m) && !NOT_RELEASE_AFTER.test(s.text.slice(m.end)));
    if (targets.length === 0) {
      const from = Math.max(clause.start, date.end);
      const before = models.filter((m) => m.start >= (date.start < clause.start ? clause.start : from) && m.end <= vAt && !isComparison(s.text, m) && !NOT_RELEASE_AFTER.test(s.text.slice(m.end)));
      // Of several names before the verb keep the last, plus any listed with it ("ChatGPT/GPT-3.5").
      targets = [];
      for (let k = before.length - 1; k >= 0; k--) {
        if (targets.length > 0 && !/^[\s、/／和及与,，]*$/.test(s.text.slice(before[k]!.end, targets[0]!.start))) break;
        targets.unshift(before[k]!);
      }
      if (targets.length === 0 && /^[\s于在是由]*$/.test(s.text.slice(date.end, vAt).replace(/由.*$/, '')) && subject && subject.start < date.start) targets = withListed(subject);
      if (targets.length === 0 && clause.start > date.start && s.text.slice(clause.start, vAt).replace(/\s/g, '').length <= 14 && subject && subject.start < date.start) targets = [subject];
    }
    // "OpenAI在开发者大会披露新版本" under a heading naming GPT-4 Turbo, naming no model before it or as its object
    // (a comparison later in the sentence, "降至GPT-4(8K)的1/3", does not count): the heading's model.
    // A new version of a model named before the phrase is not that model.
    if (unnamed.has(v[0])) targets = targets.filter((m) => m.start >= vEnd);
    if (targets.length === 0 && unnamed.has(v[0]) && !models.some((m) => m.start < vAt) && s.sectionModel) targets = [s.sectionModel];
    const iso = months ? addMonths(yearOf(date, s.reportDate)!, date.month!, months) : resolveYear(date, s, dates, wording.recentWords);
    if (!iso) continue;
    // Products named after a model ("推出 GPT 商店", "推出 ChatGPT 自定义版本"): launches, beside any model released
    // with them ("推出 GPT-4 Turbo 和 GPT 商店").
    /** The product's name where a model's name and a launch word start it: the name, the word and a version suffix. */
    const productAt = (m: Mention) => {
      const w = LAUNCH_AFTER.exec(s.text.slice(m.end));
      return w ? { m, end: m.end + w[0].length } : undefined;
    };
    // In the verb's object: right after the verb or after a list word; else, when nothing else is released, between
    // the date and the verb with at most 正式/已 between ("宣布 GPT Store 正式上线").
    const inObject = models
      .filter((m) => m.start >= vEnd && m.end <= objectEnd && /^[\s"“「]*$|[和、及与]\s*[“"「]?\s*$/.test(s.text.slice(vEnd, m.start)))
      .map(productAt)
      .filter((p) => p !== undefined);
    const beforeVerb = targets.length === 0 && inObject.length === 0
      ? models.filter((m) => m.start >= Math.max(clause.start, date.end) && m.end <= vAt).map(productAt).filter((p) => p !== undefined && /^\s*(?:正式|已经?|全面|率先)?\s*$/.test(s.text.slice(p.end, vAt))).slice(-1)
      : [];
    for (const product of [...inObject, ...beforeVerb]) {
      if (!product || seen.has(`launch:${product.m.start}`)) continue;
      seen.add(`launch:${product.m.start}`);
      // Who launched it: a vendor named before the verb in its clause ("微软推出 ChatGPT 插件"), else the model's vendor.
      const by = s.mentions.filter((m) => m.targets[0]!.kind === 'vendor' && m.start >= clause.start && m.end <= vAt).pop();
      const name = s.text.slice(product.m.start, product.end).replace(/\s+/g, ' ').trim();
      out.push({ model: product.m.targets[0]!.id, date: iso, printed: date.printed, line: s.lineAt(date.start), text: excerptAt(s.text, date.start), launch: name, ...(by ? { launchedBy: by.targets[0]!.id } : {}), ...zoneOf(date) });
    }
    if (targets.length === 0) continue;
    const printed = months ? `${date.printed} … ${later![0].replace(/[，,\s]+$/, '')}` : date.printed;
    // Members of a released family listed after it ("该系列包含三个模型：Claude 3 Haiku、…") share its date.
    const lastTarget = targets[targets.length - 1];
    const members = lastTarget && familyOf ? listedMembers(lastTarget.end, targets.map((t) => t.targets[0]!.id)) : [];
    for (const m of [...targets, ...members]) {
      const id = m.targets[0]!.id;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ model: id, date: iso, printed, line: s.lineAt(months ? date.end + later!.index : date.start), text: excerptAt(s.text, date.start), ...(months ? {} : zoneOf(date)) });
    }
  }
  return out;
}
