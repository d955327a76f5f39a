import type { Modality, Registry, RegistryUnits } from '../../src/schemas/index.ts';
import { PER_TOKENS, PRICE_DIRECTION, priceDirection, tokensPer } from './sentence-facts.ts';
import type { Matcher } from './entities.ts';
import { registryIndex } from './registry.ts';
import { namesPromptStyle, parseScoreCell, looksLikeSetting, settingPhrase, settingStart, stripMarks } from './score-cell.ts';
import type { Grid } from './table-grid.ts';
import { findDates } from './dates.ts';
import type { Amount } from './numbers.ts';

/** A score read from a table, before it is given an id and a source. */
export interface RawResult {
  model: string;
  /** The model name as printed, when it was not in the registry (a provisional model). */
  modelName?: string;
  /** The registry model a provisional model's name goes on from ("Llama 3" for "Llama 3 400B"): its family. */
  modelBase?: string;
  /** The vendor a provisional model's name starts with, when it goes on from no registry model ("DeepSeek-V3"). */
  modelVendor?: string;
  benchmark: string;
  value: number;
  unit: string;
  setting: string | null;
  printed: string;
  line: number;
}

/** An attribute value read from a table row or a sentence. */
export interface RawAttribute {
  model: string;
  modelName?: string;
  attribute: 'parameters' | 'contextWindow' | 'releaseDate' | 'modality' | 'price';
  printed: string;
  line: number;
  /** For quantities. */
  amount?: Amount;
  qualifier?: 'more-than' | 'up-to' | 'about' | 'estimate';
  variant?: string;
  /** For a context window counted in characters ("200 万字"). */
  unit?: 'characters';
  /** For release dates, the cell text the date was read from. */
  dateText?: string;
  /** For a modality column (wording.yaml modalityHeaders), the modality the cell names. */
  modality?: Modality;
  /** For a price column ("输入价格" under a caption "（元/千 tokens）"): the price, its currency, tokens and direction. */
  price?: { value: number; currency: 'USD' | 'CNY'; per: number; direction: 'input' | 'output' | 'training' | 'unspecified' };
}

export interface TableFacts {
  results: RawResult[];
  attributes: RawAttribute[];
  /** Unknown names in a score table's model axis. */
  unknown: Array<{ name: string; line: number }>;
}

interface Ctx {
  matcher: Matcher;
  registry: Registry;
  /** Caption text of the figure the table is in (for rows named "Ours"). */
  caption?: string;
  /** A short line printed right under the table (some tables name their benchmark there). */
  footer?: string;
  /** A paragraph printed right above the table, under its caption ("Table 2. UCF-101 zero-shot …"). */
  title?: string;
  /** The end of the body paragraph that leads into the table (above its caption), which may name the exact models compared. */
  lead?: string;
  findAmounts: (s: string) => Amount[];
}

const ATTRIBUTE_HEADERS: Array<[RawAttribute['attribute'], RegExp]> = [
  // Matched against the header with spaces removed.
  ['parameters', /^(参数量|参数规模|参数|模型参数|Params|Parameters|#Params|Modelsize)$/i],
  ['contextWindow', /^(ContextLength|ContextWindow|上下文|上下文长度|上下文窗口|Context)$/i],
  ['releaseDate', /^(发布时间|提出时间|推出时间|发布日期|上线时间|Release|Releasedate|Released)$/i],
];

const compact = (s: string) => s.replace(/\s+/g, '').replace(/[*]/g, '');
const isRatioLabel = (label: string, matcher: Matcher) => {
  const ms = matcher.find(label).filter((m) => m.targets[0]!.kind === 'model');
  return ms.length >= 2 && /[/／]/.test(label.slice(ms[0]!.end, ms[1]!.start));
};

type Bench = { id: string; setting: string | null };
/** A label's model: its id, the setting printed beside it, and the name of a size or version the registry lacks. */
type LabelModel = { id: string; setting: string | null; sized?: string };

/**
 * A total column or row ("Score", 平均分) scores the suite itself when the others are every task the
 * registry lists for one suite (an average of two SuperGLUE tasks is not a SuperGLUE score).
 */
function withSuiteTotals(labels: string[], benches: Array<Bench | null>, ctx: Ctx): Array<Bench | null> {
  const named = benches.filter((b): b is Bench => b !== null);
  if (named.length < 2) return benches;
  const { benchmark, suiteTasks } = registryIndex(ctx.registry);
  const suites = new Set(named.map((b) => benchmark.get(b.id)?.suite ?? ''));
  const suite = suites.size === 1 ? [...suites][0]! : '';
  if (suite === '') return benches;
  const present = new Set(named.map((b) => b.id));
  if ((suiteTasks.get(suite) ?? []).some((id) => !present.has(id))) return benches;
  const totals = totalHeaders(ctx);
  return benches.map((b, i) => b ?? (totals.has(stripMarks(labels[i] ?? '').toLowerCase()) ? { id: suite, setting: null } : null));
}

/**
 * Models named side by side in one label cell ("T5+Meena DeBERTa") when the rows below have
 * empty labels: the converter merged a column of labels into the first row, one name per row.
 */
function stackedLabels(grid: Grid, col: number, r: number, ctx: Ctx): Bench[] {
  const label = stripMarks(grid.cells[r]![col]!);
  const ms = ctx.matcher.find(label).filter((m) => m.targets[0]!.kind === 'model');
  if (ms.length < 2) return [];
  const gaps = [label.slice(0, ms[0]!.start), ...ms.slice(1).map((m, i) => label.slice(ms[i]!.end, m.start)), label.slice(ms[ms.length - 1]!.end)];
  if (gaps.some((g, i) => (i === 0 || i === gaps.length - 1 ? !/^\s*$/.test(g) : !/^\s+$/.test(g)))) return [];
  for (let k = 1; k < ms.length; k++) {
    const row = grid.cells[r + k];
    if (!row || row[col]!.trim() !== '' || !row.some((t, c) => c !== col && parseScoreCell(t).length > 0)) return [];
  }
  return ms.map((m) => ({ id: m.targets[0]!.id, setting: null }));
}

/** Header text for each column, composing stacked header rows ("Gemini" over "1.0 Pro"). */
function composedHeaders(grid: Grid, headerRows: number): string[] {
  const parts: string[][] = Array.from({ length: grid.width }, () => []);
  for (let r = 0; r < headerRows; r++) {
    // An empty upper header cell is covered by the nearest filled cell to its left (a colspan in TSV).
    let carry = '';
    for (let c = 0; c < grid.width; c++) {
      let t = grid.cells[r]![c]!.trim();
      if (t !== '') carry = c >= 1 ? t : '';
      else if (r < headerRows - 1 && c > 1) t = carry;
      const p = parts[c]!;
      if (t !== '' && p[p.length - 1] !== t) p.push(t);
    }
  }
  return parts.map((p) => p.join(' '));
}

/** A benchmark for a header: metric over dataset gives (metric, dataset as setting). */
function headerBenchmark(text: string, ctx: Ctx): { id: string; setting: string | null } | null {
  const clean = stripMarks(text);
  if (clean === '') return null;
  const byId = registryIndex(ctx.registry).benchmark;
  const ms = ctx.matcher.find(clean).filter((m) => m.targets.some((t) => t.kind === 'benchmark'));
  let id: string | null = null;
  let setting: string | null = null;
  if (ms.length >= 2) {
    const ids = ms.map((m) => m.targets.find((t) => t.kind === 'benchmark')!.id);
    const metric = ids.find((i) => byId.get(i)?.category === 'metric');
    const dataset = ms.find((m) => byId.get(m.targets.find((t) => t.kind === 'benchmark')!.id)?.category === 'dataset');
    if (metric && dataset) return { id: metric, setting: dataset.text.trim() };
  }
  id = ms[0] ? ms[0].targets.find((t) => t.kind === 'benchmark')!.id : ctx.matcher.resolveName(clean, 'benchmark', { tableHeader: true });
  if (!id) return null;
  if (byId.get(id)?.category === 'dataset') return null;
  const rest = ms[0] ? (clean.slice(0, ms[0].start) + ' ' + clean.slice(ms[0].end)).trim() : '';
  setting = settingFrom(rest, ctx, true);
  return { id, setting };
}

/** The setting part of a label: a parenthesised or trailing phrase that reads like a setting. */
function settingFrom(rest: string, ctx: Ctx, describes = false): string | null {
  const paren = [...rest.matchAll(/[（(]([^()（）]{1,40})[)）]/g)].map((m) => m[1]!.trim());
  const hit = paren.find((p) => looksLikeSetting(p, ctx.registry.wording.settings));
  if (hit) return hit;
  const bare = rest.replace(/[（(][^()（）]*[)）]/g, '').replace(/^[\s:：,，、]+|[\s:：,，]+$/g, '');
  if (!looksLikeSetting(bare, ctx.registry.wording.settings)) return null;
  // After a benchmark, words before the setting describe the benchmark ("Science diagrams 0-shot"); after a
  // model they are part of the setting ("62B 5-shot" tells PaLM 62B from PaLM 540B).
  const setting = describes ? bare.slice(bare.lastIndexOf(' ', settingStart(bare, ctx.registry.wording.settings)) + 1).trim() : bare;
  return setting !== '' && setting.length <= 40 ? setting : null;
}

/**
 * The model for a row or column label, with any setting printed beside it. A size or version the registry does not
 * know after the name ("Llama 3 400B", "LLaMA 2 13B 5-shot", "通义千问 2.1") is a model of its own in that model's
 * family: `sized` names it.
 */
function labelModel(label: string, ctx: Ctx): LabelModel | null {
  const clean = stripMarks(label);
  if (/^(ours|本文|我们的方法)$/i.test(clean) && ctx.caption) {
    const m = ctx.matcher.find(ctx.caption).find((x) => x.targets[0]!.kind === 'model');
    return m ? { id: m.targets[0]!.id, setting: null } : null;
  }
  const id = ctx.matcher.resolveName(clean.replace(/[（(]\s*ours\s*[)）]/i, ''), 'model');
  if (!id) {
    // "Moonshot(Kimi)": a name the registry does not know, with a model it knows in brackets after it, is that model.
    const inner = /[（(]([^()（）]{2,40})[)）]\s*$/.exec(clean)?.[1];
    const innerId = inner ? ctx.matcher.resolveName(inner, 'model') : null;
    return innerId ? { id: innerId, setting: null } : null;
  }
  const ms = ctx.matcher.find(clean);
  const first = ms[0];
  // (A Latin name's unknown version never gets here: the matcher leaves it unresolved. A Chinese name's does: "通义千问 2.1".)
  const size = first ? /^[\s\-]?(?:\d+(?:\.\d+)?\s?[BbTt](?![A-Za-z\d])|[Vv]\s?\d+(?:\.\d+)*(?![\d.])|\d+\.\d+(?![\d.]))/.exec(clean.slice(first.end)) : null;
  const nameEnd = (first?.end ?? 0) + (size?.[0].length ?? 0);
  const rest = first ? clean.slice(nameEnd) : '';
  return {
    id,
    setting: settingFrom(rest, ctx) ?? (/^[\s(（]*(ZH|EN)[)）]/.test(rest) ? rest.replace(/[()（）\s]/g, '') : null),
    ...(size ? { sized: clean.slice(0, nameEnd).trim() } : {}),
  };
}

/** A model the registry does not know, by its name and the registry model that name goes on from. */
function provisionalModel(name: string, ctx: Ctx): { modelName: string; modelBase?: string; modelVendor?: string } {
  const base = ctx.matcher.baseModel(name);
  if (base) return { modelName: name, modelBase: base };
  const lead = ctx.matcher.find(name)[0];
  const vendor = lead && lead.start === 0 ? lead.targets.find((t) => t.kind === 'vendor')?.id : undefined;
  return { modelName: name, ...(vendor ? { modelVendor: vendor } : {}) };
}

/** A score of a size the registry does not know ("Llama 3 400B") goes to that size, a provisional model, listed as a candidate. */
function sizedModel(res: RawResult, name: string, ctx: Ctx, facts: TableFacts): void {
  Object.assign(res, { model: '' }, provisionalModel(name, ctx));
  if (!facts.unknown.some((u) => u.name === name && u.line === res.line)) facts.unknown.push({ name, line: res.line });
}

/**
 * A name that may be a new model's: a plausible name, not a bare quantity ("7B", "4k", "128K"), and not a vendor's
 * alone ("OpenAI"), though a vendor's name with a version is ("DeepSeek-V3").
 */
const newModelName = (label: string, ctx: Ctx): boolean => {
  const name = candidateName(label, ctx, true);
  if (name === null || /^[\d.,\s]+[A-Za-z万亿]{0,2}$/.test(name)) return false;
  const vendor = ctx.matcher.find(name).find((m) => m.targets.some((t) => t.kind === 'vendor'));
  return !(vendor && vendor.start === 0 && name.slice(vendor.end).trim() === '');
};

/** Does column `c` hold a score below the header rows? */
const columnHasScores = (grid: Grid, headerRows: number, c: number): boolean => grid.cells.slice(headerRows).some((row) => parseScoreCell(row[c]!).length > 0);

/** A plausible unknown model name (Latin letters, not a known non-model word). */
function candidateName(label: string, ctx: Ctx, allowVendor = false): string | null {
  const clean = stripMarks(label).replace(/[（(][^()（）]*[)）]/g, '').trim();
  if (!/[A-Za-z\u4e00-\u9fff]/.test(clean) || clean.length > 40 || clean.length < 2) return null;
  if (ctx.matcher.isNotModel(clean) || /^[\d\s.%]+$/.test(clean)) return null;
  if (ctx.matcher.resolveName(clean, 'benchmark') || (!allowVendor && ctx.matcher.resolveName(clean, 'vendor'))) return null;
  return clean;
}

/**
 * Read benchmark scores and model attributes from a table. Works in both orientations:
 * models across the header with benchmarks down the rows, or models down a label column with
 * benchmarks (or attribute columns like 参数量, 发布时间) across the header.
 */
export function readTable(grid: Grid, headerRowsHint: number, ctx: Ctx): TableFacts {
  const facts: TableFacts = { results: [], attributes: [], unknown: [] };
  if (grid.cells.length < 2 || grid.width < 2) return facts;
  // Header rows end before the first row that holds scores.
  const firstData = grid.cells.findIndex((row) => {
    const cells = row.slice(1).filter((t) => t.trim() !== '');
    const data = cells.filter((t) => parseScoreCell(t).length > 0 && !labelModel(t, ctx));
    return data.length > 0 && data.length * 2 >= cells.length;
  });
  const maxHeader = Math.min(4, grid.cells.length - 1, firstData > 0 ? firstData : 4);

  // Orientation A: a header row of models, benchmarks down a label column.
  type Across = { headerRows: number; models: Array<LabelModel | null>; count: number; score: number };
  let bestA: Across | null = null;
  // The same, for a table that names no registry model at all: used only when neither orientation finds one.
  let newA: Across | null = null;
  for (let h = 1; h <= maxHeader; h++) {
    const heads = composedHeaders(grid, h);
    const models = heads.map((t, c) => (c === 0 ? null : labelModel(t, ctx) ?? labelModel(grid.cells[h - 1]![c]!, ctx)));
    const count = models.filter(Boolean).length;
    let benchRows = 0;
    for (let r = h; r < grid.cells.length; r++) if (headerBenchmark(grid.cells[r]![0]!, ctx) || headerBenchmark(grid.cells[r]![1] ?? '', ctx)) benchRows++;
    const score = count * Math.max(1, benchRows);
    if (count >= 1 && (count >= 2 || benchRows >= 2) && (!bestA || score > bestA.score)) bestA = { headerRows: h, models, count, score };
    // With no model the registry knows, two or more model-like names in the lowest header row over two or more
    // benchmark rows are models still (provisional ones): a table of new models is not lost. A vendor name is
    // no model here ("OpenAI" spanning o1-mini and o1).
    if (count === 0 && benchRows >= 2) {
      const unknown = heads.filter((t, c) => c > 0 && newModelName(grid.cells[h - 1]![c]!, ctx) && !headerBenchmark(t, ctx) && columnHasScores(grid, h, c)).length;
      if (unknown >= 2 && (!newA || unknown * benchRows > newA.score)) newA = { headerRows: h, models, count: 0, score: unknown * benchRows };
    }
  }
  // Orientation B: a label column of models, benchmarks or attributes across the header.
  type Down = { col: number; count: number; score: number };
  let bestB: Down | null = null;
  let newB: Down | null = null;
  const headerCount = firstData > 0 ? firstData : 1;
  const heads = composedHeaders(grid, headerCount);
  const benchCols = heads.filter((h) => headerBenchmark(h, ctx) || ATTRIBUTE_HEADERS.some(([, re]) => re.test(compact(h)))).length;
  for (let c = 0; c < Math.min(grid.width, 4); c++) {
    let count = 0;
    for (let r = 0; r < grid.cells.length; r++) if (labelModel(grid.cells[r]![c]!, ctx)) count++;
    const score = count * Math.max(1, benchCols);
    if (count >= 1 && (count >= 2 || benchCols >= 2) && (!bestB || score > bestB.score)) bestB = { col: c, count, score };
    // As across the header: a label column of two or more new model names, with scores, beside two or more benchmark columns.
    if (count === 0 && benchCols >= 2) {
      let unknown = 0;
      for (let r = headerCount; r < grid.cells.length; r++) if (newModelName(grid.cells[r]![c]!, ctx) && grid.cells[r]!.some((t, k) => k !== c && parseScoreCell(t).length > 0)) unknown++;
      if (unknown >= 2 && (!newB || unknown * benchCols > newB.score)) newB = { col: c, count: 0, score: unknown * benchCols };
    }
  }
  if (!bestA && !bestB) {
    bestA = newA;
    bestB = newB;
  }

  if (bestA && (!bestB || bestA.score >= bestB.score)) {
    const headsA = composedHeaders(grid, bestA.headerRows);
    bestA.models = bestA.models.map((m, c) => (c === 0 ? m : namedInLead(m, headsA[c]!, ctx) ?? m));
    readModelColumns(grid, bestA, ctx, facts);
  }
  else if (bestB) readModelRows(grid, bestB.col, firstData > 0 ? firstData : headerRowsHint, ctx, facts);
  datasetFromTitle(facts, ctx);
  return dedupe(facts);
}

/**
 * A column headed by a series or a vendor ("Claude", "Mistral") stands for the one model of that series
 * or vendor the paragraph leading into the table names ("和 Claude 2.1 相比…Mistral 的商用版本 Mistral-Medium"),
 * unless that paragraph also names the series itself or more than one such model.
 */
function namedInLead(m: LabelModel | null, head: string, ctx: Ctx): LabelModel | null {
  if (!ctx.lead) return null;
  const { familyOf, model } = registryIndex(ctx.registry);
  const named = new Set(ctx.matcher.find(ctx.lead).flatMap((x) => (x.targets[0]!.kind === 'model' ? [x.targets[0]!.id] : [])));
  let pick: (id: string) => boolean;
  if (m) {
    if (named.has(m.id)) return null;
    pick = (id) => {
      for (let f = familyOf.get(id) ?? null, n = 0; f && n < 10; f = familyOf.get(f) ?? null, n++) if (f === m.id) return true;
      return false;
    };
  } else {
    const vendor = ctx.matcher.resolveName(stripMarks(head), 'vendor');
    if (!vendor) return null;
    pick = (id) => model.get(id)?.vendor === vendor;
  }
  const members = [...named].filter(pick);
  return members.length === 1 ? { id: members[0]!, setting: m?.setting ?? null } : null;
}

/** The phrase of a benchmark label that says its scores are of tuned variants ("for Instruct Models"), if any. */
function tunedLabel(label: string, ctx: Ctx): string | null {
  const lower = label.toLowerCase();
  const hit = ctx.registry.wording.tunedScores.labels.find((l) => lower.includes(l.toLowerCase()));
  if (!hit) return null;
  const at = lower.indexOf(hit.toLowerCase());
  return label.slice(at, at + hit.length);
}

/** A column's model, for a row of tuned-variant scores: its registry variant ("Mixtral 8x7B Instruct"), else itself with the phrase as setting. */
function tunedVariant(m: LabelModel, phrase: string, ctx: Ctx): LabelModel {
  const name = registryIndex(ctx.registry).model.get(m.id)?.name;
  for (const suffix of name ? ctx.registry.wording.tunedScores.suffixes : []) {
    const id = ctx.matcher.resolveName(`${name} ${suffix}`, 'model');
    if (id && id !== m.id) return { id, setting: m.setting };
  }
  return { ...m, setting: m.setting ? `${m.setting}; ${phrase}` : phrase };
}

/**
 * A metric column (FVD) whose table names no dataset takes the one dataset its title or caption
 * names, with the setting printed beside it ("Table 2. UCF-101 zero-shot …" → "UCF-101 zero-shot").
 */
function datasetFromTitle(facts: TableFacts, ctx: Ctx): void {
  const { benchmark } = registryIndex(ctx.registry);
  const isDataset = (id: string) => benchmark.get(id)?.category === 'dataset';
  for (const text of [ctx.title, ctx.caption]) {
    if (!text) continue;
    const ms = ctx.matcher.find(text).filter((m) => m.targets.some((t) => t.kind === 'benchmark' && isDataset(t.id)));
    if (new Set(ms.map((m) => m.text.trim())).size !== 1) continue;
    const dataset = ms[0]!.text.trim();
    const phrase = settingPhrase(text.slice(ms[0]!.end), ctx.registry.wording.settings);
    const setting = phrase ? `${dataset} ${phrase}` : dataset;
    for (const r of facts.results) {
      if (benchmark.get(r.benchmark)?.category !== 'metric') continue;
      if (r.setting && ctx.matcher.find(r.setting).some((m) => m.targets.some((t) => t.kind === 'benchmark' && isDataset(t.id)))) continue;
      r.setting = r.setting ? `${r.setting}; ${setting}` : setting;
    }
    return;
  }
}

function readModelColumns(
  grid: Grid,
  a: { headerRows: number; models: Array<LabelModel | null> },
  ctx: Ctx,
  facts: TableFacts,
): void {
  const heads = composedHeaders(grid, a.headerRows);
  // The label column is the one (among the first two) whose cells name benchmarks most often.
  let labelCol = 0;
  let bestHits = -1;
  for (let c = 0; c < Math.min(2, grid.width); c++) {
    if (c > 0 && a.models[c]) continue;
    let hits = 0;
    for (let r = a.headerRows; r < grid.cells.length; r++) if (headerBenchmark(grid.cells[r]![c]!, ctx)) hits++;
    if (hits > bestHits) {
      bestHits = hits;
      labelCol = c;
    }
  }
  // Columns headed by a name the registry does not know, over scores: a provisional model.
  const provisional = new Map<number, string>();
  for (let c = 0; c < grid.width; c++) {
    if (c === labelCol || a.models[c]) continue;
    // In a header row of models, a vendor name stands for that vendor's model ("Mistral").
    const name = candidateName(heads[c]!, ctx, true);
    const hasNumbers = grid.cells.slice(a.headerRows).some((row) => parseScoreCell(row[c]!).length > 0);
    if (name && hasNumbers && !/\d/.test(name.slice(0, 1)) && !grid.cells.slice(a.headerRows).some((row) => ctx.matcher.find(row[c]!).some((m) => m.targets[0]!.kind === 'model'))) {
      facts.unknown.push({ name, line: grid.lines[a.headerRows - 1]! });
      provisional.set(c, name);
    }
  }
  const rowLabels = grid.cells.map((row, r) => (r < a.headerRows ? '' : row[labelCol]!));
  const rowBenches = withSuiteTotals(rowLabels, rowLabels.map((t) => (t === '' ? null : headerBenchmark(t, ctx))), ctx);
  // A settings column ("设置", "Setting": 5-shot, 0-shot CoT) gives each row's scores their setting.
  const settingCol = heads.findIndex((h, c) => c !== labelCol && !a.models[c] && headerIn(h, ctx.registry.wording.settingHeaders));
  for (let r = a.headerRows; r < grid.cells.length; r++) {
    const bench = rowBenches[r];
    if (!bench) continue;
    const tuned = tunedLabel(rowLabels[r]!, ctx);
    const rowSetting = settingCol >= 0 ? stripMarks(grid.cells[r]![settingCol]!) || null : null;
    for (let c = 0; c < grid.width; c++) {
      if (c === labelCol || c === settingCol) continue;
      const colModel = tuned && a.models[c] ? tunedVariant(a.models[c]!, tuned, ctx) : a.models[c];
      for (const s of parseScoreCell(grid.cells[r]![c]!)) {
        // A model named in the cell overrides the column ("70.7% 5-shot U-PaLM"), unless it names a prompt style ("Minerva prompt").
        const inCell = s.rest ? ctx.matcher.find(s.rest).find((m) => m.targets[0]!.kind === 'model' && !namesPromptStyle(s.rest.slice(m.end))) : undefined;
        let model = colModel?.id ?? null;
        let setting = s.rest || null;
        if (inCell) {
          model = inCell.targets[0]!.id;
          setting = (s.rest.slice(0, inCell.start) + ' ' + s.rest.slice(inCell.end)).replace(/\s+/g, ' ').trim() || null;
        }
        const unknownName = !model && !inCell ? provisional.get(c) : undefined;
        if (!model && !unknownName) continue;
        setting = setting ?? rowSetting ?? bench.setting ?? colModel?.setting ?? null;
        const res = result(model ?? '', bench.id, s, setting, grid.lines[r]!, ctx);
        if (unknownName) Object.assign(res, provisionalModel(unknownName, ctx));
        else if (!inCell && colModel?.sized && model === colModel.id) sizedModel(res, colModel.sized, ctx, facts);
        facts.results.push(res);
      }
    }
  }
}

function readModelRows(grid: Grid, col: number, headerRowsHint: number, ctx: Ctx, facts: TableFacts): void {
  // Header rows: everything above the first row that names a model or holds scores.
  let firstModelRow = grid.cells.findIndex((row) => labelModel(row[col]!, ctx) !== null);
  if (firstModelRow < 1) firstModelRow = Math.max(1, headerRowsHint);
  firstModelRow = Math.max(1, Math.min(firstModelRow, headerRowsHint));
  const heads = composedHeaders(grid, firstModelRow);
  let benches = withSuiteTotals(heads, heads.map((h, c) => (c === col ? null : headerBenchmark(h, ctx))), ctx);
  const attrs = heads.map((h, c) => {
    if (c === col) return null;
    const last = compact(grid.cells[firstModelRow - 1]![c]!);
    for (const [attr, re] of ATTRIBUTE_HEADERS) if (re.test(compact(h)) || re.test(last)) return attr;
    if (headerIn(h, ctx.registry.wording.modalityHeaders) || headerIn(last, ctx.registry.wording.modalityHeaders)) return 'modality' as const;
    if (ctx.registry.wording.priceHeaderWords.some((w) => compact(h).toLowerCase().includes(w.toLowerCase()))) return 'price' as const;
    return null;
  });
  if (!benches.some(Boolean) && !attrs.some(Boolean)) {
    // Columns that are sub-scores of one benchmark named in the table's title row, caption or footer.
    const titleRow = grid.cells[0]!.filter((t) => t.trim() !== '').length === 1 ? grid.cells[0]![0]! : '';
    const named = [titleRow, ctx.caption ?? '', ctx.footer ?? ''].flatMap((t) => ctx.matcher.find(t).filter((m) => m.targets[0]!.kind === 'benchmark').map((m) => m.targets[0]!.id));
    const unique = [...new Set(named)];
    // The total column (总分, Overall: wording.yaml suiteTotals) is the benchmark's own score, with no setting.
    const totals = totalHeaders(ctx);
    const settingOf = (c: number) => {
      const head = stripMarks(grid.cells[firstModelRow - 1]![c]!);
      return totals.has(head.toLowerCase()) ? null : head || null;
    };
    if (unique.length === 1) benches = heads.map((h, c) => (c === col || h.trim() === '' || headerIn(h, ctx.registry.wording.rankHeaders) ? null : { id: unique[0]!, setting: settingOf(c) }));
  }
  if (!benches.some(Boolean) && !attrs.some(Boolean)) return;
  let current: { id: string; setting: string | null; name: string; variant?: string; sized?: string } | null = null;
  const quantityCounts = new Map<string, Set<number>>();
  const pendingAttrs: RawAttribute[] = [];
  let stacked: Bench[] = [];
  const rowLabels = new Map<string, string>();
  const { familyOf, firstMembers } = registryIndex(ctx.registry);
  // A series named like its first model ("GPT" above GPT-2, GPT-3 …): that row is the first model (registry `firstMember`).
  const rowModels = new Set<string>();
  if (firstMembers.size > 0) for (let r = firstModelRow; r < grid.cells.length; r++) {
    const id = labelModel(grid.cells[r]![col]!.trim(), ctx)?.id;
    if (id) rowModels.add(id);
  }
  const asRow = (id: string) => {
    const first = firstMembers.get(id);
    return first && [...rowModels].some((x) => familyOf.get(x) === id) ? first : id;
  };
  for (let r = firstModelRow; r < grid.cells.length; r++) {
    const label = grid.cells[r]![col]!.trim();
    if (label !== '') {
      stacked = [];
      if (isRatioLabel(label, ctx.matcher)) {
        current = null;
        continue;
      }
      stacked = stackedLabels(grid, col, r, ctx);
      const m: LabelModel | null = stacked.shift() ?? labelModel(label, ctx);
      if (m) {
        current = { ...m, id: asRow(m.id), name: label };
        // A second row for one model under another label ("DreamPose[19]", then "DreamPose*") is a variant:
        // its label, as printed without reference marks, becomes part of its setting.
        // (Kept as printed, footnote mark and all: "*" is the only difference the report prints.) A label
        // that carries its own setting ("GPT-4 (Med-prompt)") is told apart by that already.
        const printed = label.replace(/\[\d+(?:,\s*\d+)*\]/g, '').replace(/\s+/g, ' ').trim();
        const first = rowLabels.get(m.sized ?? m.id);
        if (first === undefined) rowLabels.set(m.sized ?? m.id, printed);
        else if (first !== printed && !m.setting) current.variant = printed;
      }
      else {
        current = null;
        const name = candidateName(label, ctx);
        const numeric = grid.cells[r]!.some((t, c) => benches[c] && parseScoreCell(t).length > 0);
        if (name && numeric) {
          facts.unknown.push({ name, line: grid.lines[r]! });
          current = { id: '', setting: null, name };
        }
      }
    } else if (stacked.length > 0) {
      current = { ...stacked.shift()!, name: '' };
    } else {
      // An empty label continues the row above (rowspan), unless another cell names a model.
      const other = grid.cells[r]!.map((t, c) => (c === col ? null : labelModel(t, ctx))).find(Boolean);
      if (other && !benches.some(Boolean)) current = { ...other, name: '' };
    }
    if (!current) continue;
    for (let c = 0; c < grid.width; c++) {
      const cell = grid.cells[r]![c]!;
      const bench = benches[c];
      if (bench) {
        for (const s of parseScoreCell(cell)) {
          // The row's own setting ("VideoPoet (Pretrain)") and the column's dataset ("MSR-VTT") both hold.
          const both = [current.setting, bench.setting].filter((x): x is string => Boolean(x));
          const setting = (s.rest && looksLikeSetting(s.rest, ctx.registry.wording.settings) ? s.rest : null) ?? (both.length ? [...new Set(both)].join('; ') : null);
          const res = result(current.id, bench.id, s, setting, grid.lines[r]!, ctx);
          if (current.variant) res.setting = res.setting ? `${current.variant}; ${res.setting}` : current.variant;
          if (!current.id) Object.assign(res, provisionalModel(current.name, ctx));
          else if (current.sized) sizedModel(res, current.sized, ctx, facts);
          facts.results.push(res);
        }
      }
      const attr = attrs[c];
      if (attr && current.id && cell.trim() !== '') {
        if (attr === 'price') {
          const price = priceCell(cell, heads[c]!, [ctx.caption, ctx.title].filter(Boolean).join(' '), ctx.registry.units.currencies);
          if (price) pendingAttrs.push({ model: current.id, attribute: attr, printed: cell.trim(), line: grid.lines[r]!, price });
        } else if (attr === 'modality') {
          const modality = modalityOf(cell, ctx.registry.wording.modalityWords);
          if (modality) pendingAttrs.push({ model: current.id, attribute: attr, printed: cell.trim(), line: grid.lines[r]!, modality });
        } else if (attr === 'releaseDate') {
          // A release column may print a bare year ("2021").
          const dateText = /^\s*(?:19|20)\d{2}\s*$/.test(cell) ? `${cell.trim()}年` : cell;
          if (findDates(dateText).length > 0) {
            pendingAttrs.push({ model: current.id, attribute: attr, printed: cell.trim(), line: grid.lines[r]!, dateText });
            // A member of the row's model family named in another cell (GPT-3.5's "code-davinci-002") shares the date.
            for (const [k, other] of grid.cells[r]!.entries()) {
              // The cell must be the name and nothing else ("GPT-4 Turbo 等后续版本" is not GPT-4 Turbo's row).
              const whole = k === col || attrs[k] || benches[k] ? undefined : ctx.matcher.find(stripMarks(other)).find((x) => x.start === 0 && x.end === stripMarks(other).length);
              const m = whole?.targets.find((t) => t.kind === 'model');
              if (m && m.id !== current.id && familyOf.get(m.id) === current.id) pendingAttrs.push({ model: m.id, attribute: attr, printed: cell.trim(), line: grid.lines[r]!, dateText });
            }
          }
        } else {
          const amount = ctx.findAmounts(cell).find((x) => !x.percent) ?? orderOnly(cell, ctx);
          if (!amount) continue;
          const qualifier = /大于|超过|>/.test(cell) ? 'more-than' : /估计|estimate/i.test(cell) ? 'estimate' : amount.order ? 'about' : undefined;
          const key = `${current.id}:${attr}`;
          const set = quantityCounts.get(key) ?? new Set<number>();
          set.add(amount.value * amount.factor);
          quantityCounts.set(key, set);
          // A window column's "1000 万字" counts characters, not tokens.
          const characters = attr === 'contextWindow' && /^\s*个?\s*(?:汉字|中文字符|字)(?![节数符])/.test(cell.slice(amount.end));
          pendingAttrs.push({ model: current.id, attribute: attr, printed: cell.trim(), line: grid.lines[r]!, amount, ...(qualifier ? { qualifier } : {}), ...(characters ? { unit: 'characters' as const } : {}) });
        }
      }
    }
  }
  // Several sizes for one model in one table are variants, not disagreement.
  for (const a of pendingAttrs) {
    if (a.amount && (quantityCounts.get(`${a.model}:${a.attribute}`)?.size ?? 0) > 1) a.variant = a.printed;
    facts.attributes.push(a);
  }
}

/** Does a header name one of these columns (wording.yaml modalityHeaders, settingHeaders, rankHeaders), compared without spaces, any case? */
const headerIn = (header: string, words: readonly string[]): boolean => words.some((w) => compact(w).toLowerCase() === compact(header).toLowerCase());

/**
 * A price in a price column: a plain number, in the currency (units.yaml currencies, or "$") and per-token
 * count (PER_TOKENS) its header or the table's caption states ("输入价格" under "API 价格对比（元/千 tokens）");
 * none when either is not stated.
 */
export function priceCell(cell: string, header: string, caption: string, currencies: RegistryUnits['currencies']): RawAttribute['price'] | null {
  const m = /^\s*(\$)?\s*(\d+(?:\.\d+)?)\s*$/.exec(cell);
  if (!m) return null;
  const unitText = `${header} ${caption}`;
  const word = Object.keys(currencies).filter((w) => unitText.includes(w)).sort((a, b) => b.length - a.length)[0];
  const currency = m[1] || unitText.includes('$') ? { currency: 'USD' as const, factor: 1 } : word ? currencies[word]! : null;
  const per = new RegExp(PER_TOKENS.source, 'i').exec(unitText)?.[0];
  if (!currency || !per) return null;
  const d = PRICE_DIRECTION.exec(header)?.[0];
  return { value: Number(m[2]) * currency.factor, currency: currency.currency, per: tokensPer(per), direction: d ? priceDirection(d) : 'unspecified' };
}

/**
 * The modality a cell of a modality column names (wording.yaml modalityWords): one word names its
 * modality; a list of several kinds of data ("文本、图像、化学结构") is multimodal; no known word, none.
 */
export function modalityOf(cell: string, words: Record<string, Modality>): Modality | null {
  const tokens = cell.split(/[、,，/／;；+＋]|\s+|及|和|与/).map((t) => t.trim()).filter(Boolean);
  const known = tokens.map((t) => words[t] ?? words[t.toLowerCase()]).filter((m): m is Modality => Boolean(m));
  if (known.length === 0) return null;
  return tokens.length > 1 ? 'multimodal' : known[0]!;
}

/** Headers of a total column (wording.yaml suiteTotals: 总分, Overall, Avg), lower-cased. */
const totalHeaders = (ctx: Ctx): Set<string> => new Set(ctx.registry.wording.suiteTotals.map((w) => w.toLowerCase()));

/** "千亿级", "万亿级": an order of magnitude printed without a number. */
function orderOnly(cell: string, ctx: Ctx): Amount | undefined {
  const m = /(万亿|千亿|百亿|亿)级/.exec(cell);
  if (!m) return undefined;
  const factor = ctx.registry.units.magnitudes[m[1]!] ?? 1;
  return { start: m.index, end: m.index + m[0].length, printed: m[0], value: 1, factor, unit: m[0], currency: null, percent: false, order: true };
}

function result(model: string, benchmark: string, s: ReturnType<typeof parseScoreCell>[number], setting: string | null, line: number, ctx: Ctx): RawResult {
  const regUnit = registryIndex(ctx.registry).benchmark.get(benchmark)?.unit;
  const unit = s.percent ? '%' : regUnit === '%' ? '' : regUnit ?? '';
  return { model, benchmark, value: s.value, unit, setting: setting ? stripMarks(setting) || null : null, printed: s.printed, line };
}

function dedupe(f: TableFacts): TableFacts {
  const seen = new Set<string>();
  f.results = f.results.filter((r) => {
    const k = `${r.model}|${r.modelName ?? ''}|${r.benchmark}|${r.value}|${r.line}|${r.setting ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return f;
}

/** A score read from a table, with the table it came from and that table's caption. */
export interface TableScore {
  result: RawResult;
  /** First line of the table: tells tables apart. */
  table: number;
  caption: string | undefined;
}

/**
 * Within one report, two tables that score the same models on the same benchmarks, with no setting
 * stated, and mostly disagree, are one comparison under two conditions (two task subsets, two
 * datasets), not a disagreement: the tables' captions name the condition. Each caption becomes the
 * setting of its table's unlabelled scores, so leaderboards rank the conditions apart. A single
 * differing score between tables is left as a disagreement; so are tables without a caption, or
 * whose captions are the same. Mutates the results.
 */
export function settingsFromCaptions(scores: TableScore[]): void {
  const unlabelled = scores.filter((s) => s.result.setting === null);
  // Per (model, benchmark, unit): the value each table gives.
  const byScore = new Map<string, Map<number, number>>();
  for (const s of unlabelled) {
    const key = `${s.result.model}|${s.result.benchmark}|${s.result.unit}`;
    (byScore.get(key) ?? byScore.set(key, new Map()).get(key)!).set(s.table, s.result.value);
  }
  // Per pair of tables: how many scores they share and how many of those differ.
  const pairs = new Map<string, { shared: number; differ: number; a: number; b: number }>();
  for (const perTable of byScore.values()) {
    const ts = [...perTable.keys()];
    for (let i = 0; i < ts.length; i++)
      for (let j = i + 1; j < ts.length; j++) {
        const [a, b] = ts[i]! < ts[j]! ? [ts[i]!, ts[j]!] : [ts[j]!, ts[i]!];
        const p = pairs.get(`${a}|${b}`) ?? pairs.set(`${a}|${b}`, { shared: 0, differ: 0, a, b }).get(`${a}|${b}`)!;
        p.shared++;
        if (perTable.get(a) !== perTable.get(b)) p.differ++;
      }
  }
  const involved = new Set<number>();
  for (const p of pairs.values()) {
    if (p.shared >= 2 && p.differ * 2 > p.shared) involved.add(p.a).add(p.b);
  }
  if (involved.size === 0) return;
  const captionOf = new Map(unlabelled.filter((s) => involved.has(s.table)).map((s) => [s.table, s.caption]));
  const uses = new Map<string, number>();
  for (const c of captionOf.values()) if (c) uses.set(c, (uses.get(c) ?? 0) + 1);
  for (const s of unlabelled) {
    const caption = captionOf.get(s.table);
    if (caption && uses.get(caption) === 1) s.result.setting = caption;
  }
}
