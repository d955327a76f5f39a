import type { MarketKind, RegistryMarkets } from '../../src/schemas/index.ts';
import type { Amount } from './numbers.ts';
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
  unit: string;
  normalized: number;
  currency: 'USD' | 'CNY' | null;
  forecast: boolean;
  entity: string | null;
  entityName: string | null;
  printed: string;
  line: number;
}

const PERIOD =
  /((?:19|20)\d{2})\s*(?:年)?\s*[-–~至到]\s*((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*(?:年\s*)?(Q[1-4]|H[12]|[一二三四]季度|上半年|下半年)|((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月(?!\s*\d{1,2}\s*日)|((?:19|20)\d{2})\s*(?:年|财年|E\b|[A-Z]{2,6}\s*(?=年))|(?<![\d.])(\d{2})\s*年(?!\s*\d)/g;

/** A period printed in a text, with where it stands. */
export interface Period {
  at: number;
  end: number;
  value: string;
  year: number;
}

/** Periods printed in a text: "2023-2027年", "2023Q4", "2023年2月", "2024 年", "2023 ARR年", "22 年". */
export function periods(text: string): Period[] {
  const out: Period[] = [];
  PERIOD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERIOD.exec(text))) {
    if (m[1]) out.push({ at: m.index, end: m.index + m[0].length, value: `${m[1]}-${m[2]}`, year: Number(m[2]) });
    else if (m[3]) out.push({ at: m.index, end: m.index + m[0].length, value: `${m[3]}${normalizeQuarter(m[4]!)}`, year: Number(m[3]) });
    else if (m[5]) out.push({ at: m.index, end: m.index + m[0].length, value: `${m[5]}-${m[6]!.padStart(2, '0')}`, year: Number(m[5]) });
    else if (m[7]) out.push({ at: m.index, end: m.index + m[0].length, value: m[7], year: Number(m[7]) });
    else if (m[8]) out.push({ at: m.index, end: m.index + m[0].length, value: `20${m[8]}`, year: 2000 + Number(m[8]) });
  }
  return out;
}
const normalizeQuarter = (q: string) => ({ 一季度: 'Q1', 二季度: 'Q2', 三季度: 'Q3', 四季度: 'Q4', 上半年: 'H1', 下半年: 'H2' } as Record<string, string>)[q] ?? q;

const has = (text: string, words: string[]) => words.find((w) => text.includes(w));

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
  const present = vocab.presentWords ?? [];
  const allKindWords = Object.values(vocab.kinds).flat().sort((x, y) => y.length - x.length);
  // Where each region word first appears, computed once per sentence (not once per number).
  const regionWords = Object.keys(vocab.regions);
  const firstAt = new Map(regionWords.map((r) => [r, s.text.indexOf(r)] as const).filter(([, i]) => i >= 0).map(([r, i]) => [r, i + r.length]));
  const topicWords = Object.keys(vocab.topics).sort((a, b) => b.length - a.length);
  let carriedKind: { kind: MarketKind; word: string } | null = null;
  let carriedTopic: string | null = null;
  const kindsInOrder: MarketKind[] = ['cagr', 'market-size', 'capex', 'valuation', 'revenue', 'funding', 'users'];
  const people = peopleWords(vocab.kinds.users ?? []);
  for (const clause of clauses(s.text)) {
    const text = s.text.slice(clause.start, clause.end);
    let ownKind: { kind: MarketKind; word: string } | null = null;
    for (const k of kindsInOrder) {
      const w = has(text, vocab.kinds[k] ?? []);
      if (w) {
        ownKind = { kind: k, word: w };
        break;
      }
    }
    const topicWord = topicWords.find((t) => text.includes(t)) ?? null;
    if (topicWord) carriedTopic = topicWord;
    for (const a of findAmounts(text)) {
      const at = clause.start + a.start;
      const end = clause.start + a.end;
      if (s.mentions.some((m) => at >= m.start && at < m.end)) continue;
      if (all.some((p) => at >= p.at && at < p.end)) continue;
      // Kind keywords ("复合增长率") must not count as the change words they contain ("增长").
      const strip = (t: string) => allKindWords.reduce((acc, w) => acc.split(w).join('□'), t);
      const near = strip(s.text.slice(Math.max(clause.start, at - 6), Math.min(clause.end, end + 6)));
      const nearBefore = strip(s.text.slice(Math.max(clause.start, at - 6), at));
      if (vocab.excludeWords.some((w) => near.includes(w) && !(/到|至/.test(s.text.slice(at - 2, at)) && nearBefore.includes(w)))) continue;
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
      if (kind !== 'funding' && kind !== 'users' && kind !== 'cagr' && !a.currency) continue;
      if (a.currency) carriedKind = { kind, word: kindHere.word };

      const region = regionWords.find((r) => (firstAt.get(r) ?? Infinity) < end);
      // The figure's own period; else the paragraph's frame; "目前" with no frame means the report's own year.
      const own = all.filter((p) => p.end <= at).pop() ?? all.find((p) => p.at >= end && p.at < clause.end);
      const now = reportYear !== null && present.some((w) => s.text.slice(0, at).includes(w)) ? { at: -1, end: -1, value: String(reportYear), year: reportYear } : undefined;
      const period = own ?? framed ?? now;
      const forecast =
        Boolean(vocab.forecastWords.find((w) => s.text.slice(Math.max(0, clause.start - 12), at).includes(w))) ||
        /\d{4}E/.test(period?.value ?? '') ||
        (reportYear !== null && period !== undefined && period.year > reportYear);
      const entity = entityFor(s, at, kind, clause.start);
      const topic = topicWord ?? carriedTopic;
      const useEntity = entity && kind !== 'market-size' && kind !== 'cagr';
      const regionEn = region ? vocab.regions[region]! : null;
      const topicEn = topic ? vocab.topics[topic]! : null;
      const kindWord = (who && vocab.people?.[who]) || `${vocab.words[kind] ?? kind}${counter ? ` ${vocab.dealCounters[counter]}` : ''}`;
      // With neither entity nor topic, name the subject by the clause's leading noun ("多邻国每个月有…" → 多邻国).
      const lead = !entity && !topicEn ? /^[\s•]*([^\s，,每有的达为超是]{2,10})/.exec(text)?.[1] ?? null : null;
      const subjectCore = ownedBy ?? (useEntity ? entity.name : topicEn ?? (entity ? entity.name : lead));
      const about = [regionEn && !useEntity ? regionEn : null, subjectCore].filter(Boolean).join(' ');
      const subject = [about, kindWord].filter(Boolean).join(' ');
      const subjectZh = `${!useEntity && region ? region : ''}${ownedBy ?? (useEntity ? entity.printed : topic ?? (entity?.printed ?? lead ?? ''))}${who ?? kindHere.word}${counter ? `${counter}数` : ''}`;
      const factor = a.percent ? 0.01 : a.factor;
      out.push({
        kind,
        subject,
        about,
        subjectZh,
        region: useEntity ? null : regionEn,
        period: period?.value ?? null,
        value: a.value,
        ...(a.max !== undefined ? { valueMax: a.max } : {}),
        unit: a.percent ? '%' : counter ?? a.unit,
        normalized: a.value * factor,
        currency: a.currency,
        forecast,
        entity: entity?.vendor ?? null,
        entityName: entity?.name ?? null,
        printed: counter ? s.text.slice(at, s.text.indexOf(counter, end) + counter.length) : a.printed,
        line: s.lineAt(at),
      });
    }
  }
  return out;

  function entityFor(sn: Sentence, at: number, kind: MarketKind, clauseStart: number) {
    const named = sn.mentions.filter((m) => m.targets.some((t) => t.kind === 'vendor' || t.kind === 'model'));
    const pick = (m: (typeof named)[number]) => {
      const t = m.targets.find((x) => x.kind === 'vendor') ?? m.targets[0]!;
      const vendor = t.kind === 'vendor' ? t.id : modelVendor(t.id);
      // The English subject names the model by its registry name ("iFlytek Spark developers", not "星火大模型 developers").
      return { vendor, name: t.kind === 'vendor' ? vendorName(t.id) : (modelName?.(t.id) ?? m.text.trim()), printed: m.text.trim() };
    };
    if (kind === 'funding') {
      // "获得 Google 投资" / "接受微软投资": the recipient is not the investor named after the verb.
      const lead = sn.text.slice(clauseStart, at);
      const recv = /(获得|获|接受|收到)/.exec(lead);
      if (recv) {
        const investorStart = clauseStart + recv.index;
        const recipient = named.filter((m) => m.end <= investorStart).pop();
        if (recipient) return pick(recipient);
        const ctx = sn.contextVendors.find((v) => !named.some((m) => m.start >= investorStart && m.targets.some((t) => t.id === v)));
        return ctx ? { vendor: ctx, name: vendorName(ctx), printed: vendorName(ctx) } : null;
      }
    }
    const before = named.filter((m) => m.end <= at).pop() ?? named[0];
    if (before) return pick(before);
    const ctx = sn.contextVendors[0];
    return ctx ? { vendor: ctx, name: vendorName(ctx), printed: vendorName(ctx) } : null;
  }
}
