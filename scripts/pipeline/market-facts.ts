import type { MarketKind, RegistryMarkets } from '../../src/schemas/index.ts';
import { yearFromReportDate } from './dates.ts';
import { qualifierWordBefore, type Amount } from './numbers.ts';
import { clauses, type Sentence } from './sentence-context.ts';
import { wordsPattern } from './text.ts';

/** A market figure before it gets an id and source. */
export interface RawMarket {
  kind: MarketKind;
  subject: string;
  about: string;
  subjectZh: string;
  region: string | null;
  period: string | null;
  value: number;
  valueMax?: number;
  qualifier?: 'more-than' | 'up-to' | 'about';
  unit: string;
  normalized: number;
  currency: 'USD' | 'CNY' | null;
  forecast: boolean;
  entity: string | null;
  entityName: string | null;
  printed: string;
  line: number;
  /** The line that prints the period, when not `line` (a slide's year label). */
  periodLine?: number;
}

const PERIOD =
  /(?<![A-Za-z])FY\s?((?:19|20)\d{2})\s*(Q[1-4]|H[12])?|((?:19|20)\d{2})\s*(?:年)?\s*[-–~至到]\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*(?:年\s*)?(Q[1-4]|H[12]|[一二三四]季度|上半年|下半年)|((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月(?!\s*\d{1,2}\s*日)|((?:19|20)\d{2})\s*(?:年|财年|E\b|[A-Z]{2,6}\s*(?=年))|(?<![\d.])(\d{2})\s*年(?!\s*\d)|(?<=[在于]\s*)((?:19|20)\d{2})(?=\s*[“「『])/g;

/** A period printed in a text, with where it stands. */
export interface Period {
  at: number;
  end: number;
  value: string;
  year: number;
  /** The line that prints it, when not the sentence's own (a year a slide prints under a box). */
  line?: number;
  /** A fiscal year ("FY2025"): a company's, which may end a calendar year after the one it is named by. */
  fiscal?: boolean;
}

/** Periods printed in a text: "2023-2027年", "2023Q4", "2023年2月", "2024 年", "2023 ARR年", "22 年", "2023 "双 11"". */
export function periods(text: string): Period[] {
  const out: Period[] = [];
  PERIOD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERIOD.exec(text))) {
    // A company's fiscal year, as printed ("FY2025Q1"): it runs ahead of the calendar year.
    if (m[1]) out.push({ at: m.index, end: m.index + m[0].length, value: `FY${m[1]}${m[2] ?? ''}`, year: Number(m[1]), fiscal: true });
    else if (m[3]) out.push({ at: m.index, end: m.index + m[0].length, value: `${m[3]}-${m[4]}`, year: Number(m[4]) });
    else if (m[5]) out.push({ at: m.index, end: m.index + m[0].length, value: `${m[5]}${normalizeQuarter(m[6]!)}`, year: Number(m[5]) });
    else if (m[7]) out.push({ at: m.index, end: m.index + m[0].length, value: `${m[7]}-${m[8]!.padStart(2, '0')}`, year: Number(m[7]) });
    else if (m[9]) out.push({ at: m.index, end: m.index + m[0].length, value: m[9], year: Number(m[9]) });
    else if (m[10]) out.push({ at: m.index, end: m.index + m[0].length, value: `20${m[10]}`, year: 2000 + Number(m[10]) });
    // "在 2023 “双 11” 全周期": a bare year after 在/于, before a quoted occasion.
    else if (m[11]) out.push({ at: m.index, end: m.index + m[0].length, value: m[11], year: Number(m[11]) });
  }
  return out;
}
const normalizeQuarter = (q: string) => ({ 一季度: 'Q1', 二季度: 'Q2', 三季度: 'Q3', 四季度: 'Q4', 上半年: 'H1', 下半年: 'H2' } as Record<string, string>)[q] ?? q;

/** Chinese subject words run together, with a space only where two Latin words would touch ("OpenAI ARR"). */
const zhJoin = (...parts: string[]): string =>
  parts.filter(Boolean).reduce((acc, p) => acc + (/[A-Za-z0-9]$/.test(acc) && /^[A-Za-z0-9]/.test(p) ? ' ' : '') + p, '');

const growthRes = new WeakMap<RegistryMarkets, RegExp>();
/**
 * A rise or fall right before a number, optionally after a comparison word and its base:
 * "同比增长", "相比去年增长", "同比 22 年提升", "同比下降了约". Group 1: the comparison; group 2: the verb.
 */
function growthPattern(vocab: RegistryMarkets): RegExp {
  let re = growthRes.get(vocab);
  if (!re) {
    const compare = wordsPattern(vocab.comparisonWords ?? []);
    // With no rise or fall words, wordsPattern gives a pattern that never matches: nothing is a growth rate.
    const verbs = wordsPattern([...(vocab.kinds.growth ?? []), ...(vocab.declineWords ?? [])]);
    growthRes.set(vocab, (re = new RegExp(`(${compare}[^，,。；;\\d]{0,4}(?:\\d{2,4}\\s*年)?)?\\s*(${verbs})了?\\s*(?:约|近|超过?|逾|达到?)?\\s*$`)));
  }
  return re;
}

const peopleRes = new WeakMap<readonly string[], { after: RegExp; before: RegExp }>();
/** A user count names its people (the `users` words of markets.yaml) right after or before the number. */
function peopleWords(words: readonly string[]): { after: RegExp; before: RegExp } {
  let re = peopleRes.get(words);
  if (!re) {
    const w = wordsPattern(words);
    peopleRes.set(words, (re = { after: new RegExp(`^\\s*(?:个|名|人|位|家)?([^，,。；;]{0,12}?)(${w})`), before: new RegExp(`(${w})[^，,；;]{0,6}$`) }));
  }
  return re;
}

/**
 * Market figures in a sentence: market sizes, CAGRs, funding, capex, revenue, valuations and
 * user counts, each with region, period, forecast flag and a value normalised to base units.
 */
export function sentenceMarket(
  s: Sentence,
  findAmounts: (t: string) => Amount[],
  vocab: RegistryMarkets,
  names: { vendorName: (id: string) => string; modelVendor: (id: string) => string | null; modelName?: (id: string) => string | undefined },
  reportYear: number | null,
  /** The paragraph's time frame: a period that opens a sentence ("2023Q2 微软…", "2023年，…") holds for the figures after it in the block. */
  frame: { period: Period | null } = { period: null },
): RawMarket[] {
  const { vendorName, modelVendor, modelName } = names;
  const out: RawMarket[] = [];
  const all = periods(s.text);
  const framed = frame.period;
  const opening = all.find((p) => p.at === (/^[\s•*#>\-（(]*/.exec(s.text)?.[0].length ?? 0));
  if (opening) frame.period = opening;
  // "据 TrendForce 预测，…；…": a sentence opened by a forecast, in a clause of its own, forecasts all it states.
  const firstClause = clauses(s.text)[0];
  const leadText = firstClause ? s.text.slice(firstClause.start, firstClause.end) : '';
  const forecastLead = !/\d/.test(leadText) && vocab.forecastWords.some((w) => leadText.includes(w));
  const present = vocab.presentWords ?? [];
  // Kind words, not the growth verbs (增长 must still exclude a number from being, say, a market size).
  const allKindWords = Object.entries(vocab.kinds).filter(([k]) => k !== 'growth').flatMap(([, ws]) => ws).sort((x, y) => y.length - x.length);
  const growthAt = growthPattern(vocab);
  // The sentence with its kind words blanked out, same length (offsets stay valid); made when a number needs it.
  let masked: string | undefined;
  const maskedSlice = (a: number, b: number) => (masked ??= allKindWords.reduce((acc, w) => acc.split(w).join('□'.repeat(w.length)), s.text)).slice(a, b);
  // Where each region word first appears, computed once per sentence (not once per number).
  const regionWords = Object.keys(vocab.regions);
  const firstAt = new Map(regionWords.map((r) => [r, s.text.indexOf(r)] as const).filter(([, i]) => i >= 0).map(([r, i]) => [r, i + r.length]));
  const topicWords = Object.keys(vocab.topics).sort((a, b) => b.length - a.length);
  let carriedKind: { kind: MarketKind; word: string } | null = null;
  let carriedTopic: string | null = null;
  const kindsInOrder: MarketKind[] = ['cagr', 'market-size', 'capex', 'valuation', 'revenue', 'funding', 'users', 'shipments'];
  // Every kind's words, longest first (in kind order among equals): a word inside a longer one does not count (支出 in 资本支出).
  const kindWords = kindsInOrder.flatMap((k) => (vocab.kinds[k] ?? []).map((word) => ({ kind: k, word }))).sort((x, y) => y.word.length - x.word.length);
  const kindOf = (text: string): { kind: MarketKind; word: string } | null => {
    const found = new Map<MarketKind, string>();
    let rest = text;
    for (const { kind, word } of kindWords) {
      if (!rest.includes(word)) continue;
      if (!found.has(kind)) found.set(kind, word);
      rest = rest.split(word).join('□'.repeat(word.length));
    }
    const k = kindsInOrder.find((x) => found.has(x));
    return k ? { kind: k, word: found.get(k)! } : null;
  };
  const people = peopleWords(vocab.kinds.users ?? []);
  for (const clause of clauses(s.text)) {
    const text = s.text.slice(clause.start, clause.end);
    const ownKind = kindOf(text);
    const topicWord = topicWords.find((t) => text.includes(t)) ?? null;
    if (topicWord) carriedTopic = topicWord;
    for (const a of findAmounts(text)) {
      const at = clause.start + a.start;
      const end = clause.start + a.end;
      if (s.mentions.some((m) => at >= m.start && at < m.end)) continue;
      if (all.some((p) => at >= p.at && at < p.end)) continue;
      // A growth rate: "同比增长 126%", "相比去年增长56倍", "同比 22 年提升 4 倍".
      const rate = !a.currency && (a.percent || /^\s*倍/.test(s.text.slice(end, end + 3)));
      // A kind word is not a change verb inside it ("复合增长率为 100%" is a CAGR, not growth of 100%): read on the masked text.
      const verb = rate ? growthAt.exec(maskedSlice(Math.max(clause.start, at - 16), at)) : null;
      if (verb) {
        const g = growthFigure(a, at, end, verb, clause, text, ownKind ?? carriedKind);
        if (g) out.push(g);
        continue;
      }
      // Kind keywords ("复合增长率") must not count as the change words they contain ("增长"), even cut by the window.
      const near = maskedSlice(Math.max(clause.start, at - 6), Math.min(clause.end, end + 6));
      const nearBefore = maskedSlice(Math.max(clause.start, at - 6), at);
      // A change word only after the number leaves the value it starts from a figure ("从 2023 年的 194 亿美元增长至…",
      // "较 2023 年底的 16 亿美元翻倍").
      const fromValue = /(?:从|较)[^，,。；;从较]{0,14}$/.test(s.text.slice(clause.start, at));
      if (vocab.excludeWords.some((w) => near.includes(w) && !(/到|至/.test(s.text.slice(at - 2, at)) && nearBefore.includes(w)) && !(fromValue && !nearBefore.includes(w)))) continue;
      const kindHere: { kind: MarketKind; word: string } | null = ownKind ?? (a.currency ? carriedKind : null);
      if (!kindHere) continue;
      let kind: MarketKind = kindHere.kind;
      if (a.percent) {
        if (kind !== 'cagr') continue;
      } else if (kind === 'cagr') kind = 'market-size';
      // Who a user count counts: the people word right after the number, else right before it.
      let who: string | undefined;
      let ownedBy: string | undefined;
      if (kind === 'users') {
        const after = people.after.exec(s.text.slice(end, end + 14));
        who = after?.[2] ?? people.before.exec(s.text.slice(clause.start, at))?.[1];
        // "53,000 个 Azure AI 客户": a name between the count and its people says whose they are
        // (a Latin name, or one the registry knows); "1.8 亿全球月活用户" keeps its entity.
        const whose = after?.[1]?.replace(/的/g, '').trim() ?? '';
        const named = after ? s.mentions.some((m) => m.start >= end && m.end <= end + after[0].length) : false;
        if (whose && (/[A-Za-z]/.test(whose) || named)) ownedBy = whose;
        if (!who || a.currency || (a.factor < 1e4 && a.value < 1000)) continue;
      }
      // A funding figure without a currency is a count of deals ("426 笔"), named by its counting word.
      // Not an ordinal ("第 3 轮融资" is the third round, not three rounds).
      const ordinal = /第\s*$/.test(s.text.slice(Math.max(0, at - 3), at));
      const counter = kind === 'funding' && !a.currency && !ordinal ? Object.keys(vocab.dealCounters ?? {}).find((w) => s.text.slice(end, end + 4).trimStart().startsWith(w)) : undefined;
      if (kind === 'funding' && !a.currency && !counter) continue;
      // Shipments count things by their counting word ("167 万台"); without one the number is not a shipment.
      const unitWord = !a.currency && !a.percent ? Object.keys(vocab.shipmentCounters ?? {}).find((w) => s.text.slice(end, end + 3).trimStart().startsWith(w)) : undefined;
      if ((kind === 'shipments') !== Boolean(unitWord)) continue;
      if (kind !== 'funding' && kind !== 'users' && kind !== 'cagr' && kind !== 'shipments' && !a.currency) continue;
      if (a.currency) carriedKind = { kind, word: kindHere.word };

      // The figure's own period, printed before it (but not the base of a comparison in an earlier clause: "较 2023 年底的
      // 16 亿美元翻倍；ChatGPT 周活跃用户…") or after it in its clause; else the paragraph's frame; "目前": the report's year.
      const own = all.filter((p) => p.end <= at && (p.at >= clause.start || !comparisonBase(p))).pop() ?? all.find((p) => p.at >= end && p.at < clause.end);
      const now: Period | undefined = reportYear !== null && present.some((w) => s.text.slice(0, at).includes(w)) ? { at: -1, end: -1, value: String(reportYear), year: reportYear } : undefined;
      let period = own ?? framed ?? asOf(at) ?? now;
      // A CAGR dated by its end year alone runs from the year the sentence starts from ("从 2023 年的 194 亿美元增长至 2027 年的…，年复合增长率达 86.1%").
      if (kind === 'cagr' && period && period === own && /^\d{4}$/.test(period.value)) {
        const p = period;
        const from = all.find((x) => x.at < p.at && /^\d{4}$/.test(x.value) && x.year < p.year);
        if (from) period = { ...p, at: from.at, value: `${from.value}-${p.value}` };
      }
      const forecast = isForecast(clause.start, at, period);
      // "资本开支合计 447 亿美元": a total over what the clause lists, no one company's figure.
      const total = (vocab.totalWords ?? []).some((w) => s.text.slice(Math.max(clause.start, at - 6), at).includes(w));
      const { entity, useEntity, group, region, regionEn, topic, topicEn } = whose(kind, at, end, clause.start, topicWord ?? carriedTopic, total);
      const kindWord = `${total ? 'total ' : ''}${(who && vocab.people?.[who]) || `${vocab.terms?.[kindHere.word] ?? vocab.words[kind] ?? kind}${counter ? ` ${vocab.dealCounters[counter]}` : ''}`}`;
      // With neither entity nor topic, name the subject by the clause's leading noun ("多邻国每个月有…" → 多邻国),
      // its kind and region words aside ("市场规模复合增长率达 56.2%" names no subject but the kind).
      const lead = !entity && !group && !topicEn ? [...allKindWords, ...(region ? [region] : [])].reduce((acc, w) => acc.split(w).join(''), /^[\s•]*([^\s，,每有的达为超是]{2,10})/.exec(text)?.[1] ?? '') || null : null;
      const subjectCore = ownedBy ?? (group ? group.map((g) => g.name).join(', ') : useEntity ? useEntity.name : topicEn ?? (entity ? entity.name : lead));
      const about = [regionEn && !useEntity ? regionEn : null, subjectCore].filter(Boolean).join(' ');
      const subject = [about, kindWord].filter(Boolean).join(' ');
      const subjectZh = zhJoin(!useEntity && region ? region : '', ownedBy ?? (group ? group.map((g) => g.printed).join('、') : useEntity ? useEntity.printed : topic ?? (entity?.printed ?? lead ?? '')), who ?? kindHere.word, counter ? `${counter}数` : '', total ? '合计' : '');
      const factor = a.percent ? 0.01 : a.factor;
      // "超 35 万", "突破一亿": a lower bound, printed with its word.
      const qual = qualifierWordBefore(s.text, at);
      out.push({
        kind,
        subject,
        about,
        subjectZh,
        region: useEntity ? null : regionEn,
        period: period?.value ?? null,
        ...(period?.line !== undefined ? { periodLine: period.line } : {}),
        value: a.value,
        ...(a.max !== undefined ? { valueMax: a.max } : {}),
        ...(qual ? { qualifier: qual.kind } : {}),
        unit: a.percent ? '%' : counter ?? (unitWord ? `${a.unit}${unitWord}` : a.unit),
        normalized: a.value * factor,
        currency: a.currency,
        forecast,
        entity: entity?.vendor ?? null,
        entityName: entity?.name ?? null,
        printed: `${qual?.words ?? ''}${counter || unitWord ? s.text.slice(at, s.text.indexOf((counter ?? unitWord)!, end) + (counter ?? unitWord)!.length) : a.printed}`,
        line: s.lineAt(at),
      });
    }
  }
  return out;

  /** A period that is the base a change is measured from ("较 2023 年底", "相比 2022 年"). */
  function comparisonBase(p: Period): boolean {
    return /(?:较|相比|相较|比)\s*$/.test(s.text.slice(Math.max(0, p.at - 3), p.at));
  }

  /** "截至 5 月": a month the figure is as of, its year not printed: the slide's year label's, else the latest up to the report's date. */
  function asOf(at: number): Period | undefined {
    const m = /(?:截至|截止)\s*(1[0-2]|0?[1-9])\s*月(?:底|末)?(?!\s*\d{1,2}\s*[日号])/.exec(s.text.slice(0, at));
    if (!m) return undefined;
    const month = Number(m[1]);
    const year = s.labelYear ?? yearFromReportDate(month, undefined, s.reportDate);
    return year === undefined ? undefined : { at: m.index, end: m.index + m[0].length, value: `${year}-${String(month).padStart(2, '0')}`, year };
  }

  /**
   * A growth rate of the figure the sentence stated just before it ("218 亿美元，同比 22 年提升 4 倍"), else of
   * the kind its clause names ("销售额同比增长 126%"). Without either, or without a comparison word
   * (同比) or a kind word in its clause, a rise is not a market figure ("性能提升 30%").
   */
  function growthFigure(a: Amount, at: number, end: number, verb: RegExpExecArray, clause: { start: number; end: number }, text: string, kindAt: { kind: MarketKind; word: string } | null): RawMarket | null {
    const compared = Boolean(verb[1]);
    const ownKindWord = allKindWords.some((w) => text.includes(w));
    if (!compared && !ownKindWord) return null;
    const base = out[out.length - 1];
    const sign = (vocab.declineWords ?? []).includes(verb[2]!) ? -1 : 1;
    const times = !a.percent;
    // Its own period, not the base of the comparison inside the verb phrase ("同比 22 年提升").
    const verbStart = at - verb[0].length;
    const own = all.filter((p) => p.end <= verbStart && p.at >= clause.start).pop();
    const shared = { value: a.value, ...(a.max !== undefined ? { valueMax: a.max } : {}), unit: times ? '倍' : '%', normalized: sign * (times ? a.value : Number((a.value / 100).toPrecision(12))), currency: null, printed: s.text.slice(verbStart + (verb[1]?.length ?? 0), end + (times ? 1 + (/^\s*/.exec(s.text.slice(end))?.[0].length ?? 0) : 0)).trim(), line: s.lineAt(at) } as const;
    if (base) {
      return { kind: 'growth', subject: `${base.subject} growth`, about: base.about, subjectZh: `${base.subjectZh}增速`, region: base.region, period: base.period ?? own?.value ?? null, forecast: base.forecast, entity: base.entity, entityName: base.entityName, ...shared };
    }
    if (!kindAt || kindAt.kind === 'cagr' || kindAt.kind === 'growth') return null;
    const { entity, useEntity, region, regionEn, topic, topicEn } = whose(kindAt.kind, at, end, clause.start, topicWords.find((t) => text.includes(t)) ?? null);
    // The company and what of it grew ("Microsoft Azure", "iFlytek AI hardware").
    const core = useEntity ? [useEntity.name, topicEn].filter(Boolean).join(' ') : topicEn ?? entity?.name ?? null;
    const about = [regionEn && !useEntity ? regionEn : null, core].filter(Boolean).join(' ');
    const period = own ?? framed ?? undefined;
    return {
      kind: 'growth',
      subject: [about, vocab.terms?.[kindAt.word] ?? vocab.words[kindAt.kind] ?? kindAt.kind, 'growth'].filter(Boolean).join(' '),
      about,
      subjectZh: zhJoin(!useEntity && region ? region : '', useEntity ? zhJoin(useEntity.printed, topic ?? '') : topic ?? entity?.printed ?? '', kindAt.word, '增速'),
      region: useEntity ? null : regionEn,
      period: period?.value ?? null,
      forecast: isForecast(clause.start, at, period),
      entity: entity?.vendor ?? null,
      entityName: entity?.name ?? null,
      ...shared,
    };
  }

  /**
   * Who or what a figure is about: its entity (used unless it is a whole market's), region and topic. A total
   * is the group its clause lists ("微软、谷歌、Meta、亚马逊四家云厂商资本开支合计"), or else its topic: never one company.
   */
  function whose(kind: MarketKind, at: number, end: number, clauseStart: number, topic: string | null, total = false) {
    const region = regionWords.find((r) => (firstAt.get(r) ?? Infinity) < end);
    const clauseText = s.text.slice(clauseStart, at);
    let entity = total ? null : entityFor(s, at, kind, clauseStart);
    // "我国短视频用户规模": a region's market named with its topic is nobody's, whatever company the paragraph is about.
    if (entity?.fromContext && topic && clauseText.includes(topic) && regionWords.some((r) => clauseText.includes(r))) entity = null;
    const listed = total ? s.mentions.filter((m) => m.start >= clauseStart && m.end <= at && m.targets.some((t) => t.kind === 'vendor' || t.kind === 'model')) : [];
    const group = listed.length >= 2 ? listed.map((m) => named(m)) : null;
    return {
      entity,
      useEntity: entity && kind !== 'market-size' && kind !== 'cagr' ? entity : null,
      group,
      region,
      regionEn: region ? vocab.regions[region]! : null,
      topic,
      topicEn: topic ? vocab.topics[topic]! : null,
    };
  }

  /** A forecast: a forecast word shortly before it, an "E" year, or a period after the report's year. */
  function isForecast(clauseStart: number, at: number, period: Period | undefined): boolean {
    // A year (month, quarter) before the report's is past, whatever the sentence forecasts ("预计将从 2023 年的 194 亿美元增长至…").
    if (reportYear !== null && period !== undefined && period.year < reportYear && !/^\d{4}-\d{4}|\d{4}E/.test(period.value)) return false;
    return (
      forecastLead ||
      Boolean(vocab.forecastWords.find((w) => s.text.slice(Math.max(0, clauseStart - 12), at).includes(w))) ||
      /\d{4}E/.test(period?.value ?? '') ||
      // A fiscal year may be named by the calendar year it ends in: FY2025Q1 is past in a report of 2024.
      (reportYear !== null && period !== undefined && period.year - (period.fiscal ? 1 : 0) > reportYear)
    );
  }

  /** A vendor or model mention as a figure's entity: its vendor, English name and name as printed. */
  function named(m: Sentence['mentions'][number]): { vendor: string | null; name: string; printed: string; fromContext?: boolean } {
    const t = m.targets.find((x) => x.kind === 'vendor') ?? m.targets[0]!;
    const vendor = t.kind === 'vendor' ? t.id : modelVendor(t.id);
    // The English subject names the model by its registry name ("iFlytek Spark developers", not "星火大模型 developers").
    return { vendor, name: t.kind === 'vendor' ? vendorName(t.id) : (modelName?.(t.id) ?? m.text.trim()), printed: m.text.trim() };
  }

  function entityFor(sn: Sentence, at: number, kind: MarketKind, clauseStart: number): ReturnType<typeof named> | null {
    const mentioned = sn.mentions.filter((m) => m.targets.some((t) => t.kind === 'vendor' || t.kind === 'model'));
    if (kind === 'funding') {
      // "获得 Google 投资" / "接受微软投资": the recipient is not the investor named after the verb.
      const lead = sn.text.slice(clauseStart, at);
      const recv = /(获得|获|接受|收到)/.exec(lead);
      if (recv) {
        const investorStart = clauseStart + recv.index;
        const recipient = mentioned.filter((m) => m.end <= investorStart).pop();
        if (recipient) return named(recipient);
        const ctx = sn.contextVendors.find((v) => !mentioned.some((m) => m.start >= investorStart && m.targets.some((t) => t.id === v)));
        return ctx ? { vendor: ctx, name: vendorName(ctx), printed: vendorName(ctx), fromContext: true } : null;
      }
      // "亚马逊向 Anthropic 投资 40 亿美元，谷歌承诺向其投资 20 亿美元": the money goes to whom it is given 向 (其: the
      // one named so earlier in the sentence), not to the investor.
      const toward = /向\s*(其)?/g;
      let given: (typeof mentioned)[number] | undefined;
      for (let m = toward.exec(sn.text.slice(0, at)); m; m = toward.exec(sn.text.slice(0, at))) {
        const after = m.index + m[0].length;
        const next = mentioned.find((x) => x.start >= after && x.start <= after + 1 && x.end <= at);
        if (next) given = next;
        else if (!m[1]) continue;
        if (m.index >= clauseStart && given) return named(given);
      }
    }
    // An investor ("由阿里巴巴领投") is not whose funding or valuation it is.
    const investor = (m: (typeof mentioned)[number]) => {
      const after = sn.text.slice(m.end, m.end + 8).replace(/^\s*(?:等)?\s*/, '');
      return (kind === 'funding' || kind === 'valuation') && (vocab.investorWords ?? []).some((w) => after.startsWith(w));
    };
    const candidates = mentioned.filter((m) => !investor(m));
    const before = candidates.filter((m) => m.end <= at).pop() ?? candidates[0];
    if (before) return named(before);
    const ctx = sn.contextVendors.find((v) => !mentioned.some((m) => investor(m) && m.targets.some((t) => t.id === v))) ?? null;
    if (ctx) return { vendor: ctx, name: vendorName(ctx), printed: vendorName(ctx), fromContext: true };
    return null;
  }
}

