import { unescapeMarkdown } from '../../src/schemas/plain-text.ts';
import type { Block, Claim, Issue, Registry, Report, ReportMeta, Source } from '../../src/schemas/index.ts';
import type { Matcher, Mention } from './entities.ts';
import { registryIndex } from './registry.ts';
import { findDates } from './dates.ts';
import { logicalText, lineAt, type LogicalText } from './logical-text.ts';
import { sentenceMarket, type Period, type RawMarket } from './market-facts.ts';
import { inferMetadata } from './metadata.ts';
import type { Amount } from './numbers.ts';
import { namesPromptStyle } from './score-cell.ts';
import { segment } from './segment.ts';
import { slideYears } from './slide-years.ts';
import { PRICE_DIRECTION, sentencePrices, sentenceQuantities, sentenceReleases, sentenceScores, resolveYear, type RawPrice, type RawRelease } from './sentence-facts.ts';
import { inFamily, isComparison, type Sentence } from './sentence-context.ts';
import { readTable, settingsFromCaptions, type RawAttribute, type RawResult, type TableScore } from './table-facts.ts';
import { toGrid } from './table-grid.ts';
import { cleanLine, redactContacts, spacedTablesToTabs, splitSentences, wordsPattern } from './text.ts';

/** Everything one report yields, before cross-report resolution. */
/** A price direction word standing alone in a table cell ("input", not "inputs"). */
const PRICE_WORD = new RegExp(`(?:${PRICE_DIRECTION.source})(?![A-Za-z])`, 'i');

export interface Extraction {
  report: Report;
  claims: Claim[];
  results: Array<RawResult & { source: Source }>;
  attributes: Array<RawAttribute & { source: Source }>;
  prices: Array<RawPrice & { source: Source }>;
  releases: Array<RawRelease & { source: Source }>;
  /** Products launched on a model ("推出 GPT 商店"): `launch` is the product as printed. */
  launches: Array<RawRelease & { launch: string; source: Source }>;
  market: Array<RawMarket & { source: Source }>;
  /** `amount`: the money as printed ("3亿美元"). */
  funding: Array<{ date: string; printed: string; vendor: string | null; amount: string; text: string; source: Source }>;
  /** Every entity mention (feeds aliases and mention counts); `text` is the spelling seen, absent where only the context named it. */
  mentions: Array<{ kind: string; id: string; text?: string }>;
  candidates: Array<{ name: string; reason: string; line: number }>;
  issues: Issue[];
  tables: { total: number; withScores: number };
}

export interface ExtractContext {
  registry: Registry;
  matcher: Matcher;
  findAmounts: (t: string) => Amount[];
}

const CONTENT_KINDS = new Set<Block['kind']>(['heading', 'paragraph', 'list', 'caption', 'table', 'source']);

const versionFinders = new WeakMap<Registry, (model: string, version: string) => string | null>();
/** A model's version as a registry entry of its own: ("ernie", "4.0") → ernie-4 through the name "ERNIE 4.0". */
export function versionFinder(registry: Registry, matcher: Matcher): (model: string, version: string) => string | null {
  let find = versionFinders.get(registry);
  if (!find) {
    const byId = registryIndex(registry).model;
    find = (model, version) => {
      const m = byId.get(model);
      if (!m) return null;
      const v = version.replace(/^v/i, '');
      for (const name of [m.name, ...(m.zh ? [m.zh] : []), ...m.aliases, ...m.exact]) {
        for (const form of [`${name} ${v}`, `${name} V${v}`]) {
          const id = matcher.resolveName(form, 'model');
          if (id && id !== model) return id;
        }
      }
      return null;
    };
    versionFinders.set(registry, find);
  }
  return find;
}

/** Run segmentation, metadata, claims and fact readers over one decoded report. */
export function extractReport(id: string, file: string, text: string, encoding: string, sha256: string, meta: ReportMeta | null, ctx: ExtractContext): Extraction {
  const { registry, matcher, findAmounts } = ctx;
  const versionOf = versionFinder(registry, matcher);
  const index = registryIndex(registry);
  const familyOf = (id: string) => index.familyOf.get(id) ?? null;
  const memberWord = new RegExp(wordsPattern(registry.wording.memberWords));
  // A final newline ends the last line; it does not start another.
  const rawLines = text.split('\n');
  if (rawLines.length > 1 && rawLines[rawLines.length - 1] === '') rawLines.pop();
  const lines = spacedTablesToTabs(rawLines.map(cleanLine));
  const seg = segment(lines, file, registry.boilerplate);
  const issues: Issue[] = [...seg.issues];
  for (const b of seg.blocks) b.text = redactContacts(b.text);
  if (lines.some((l) => l.length > 200_000)) {
    const at = lines.findIndex((l) => l.length > 200_000);
    issues.push({ file, line: at + 1, code: 'OversizedLine', severity: 'warning', message: `line ${at + 1} is ${lines[at]!.length} characters long`, hint: 'the converter probably lost the line breaks; it is ingested as one paragraph' });
  }
  const md = inferMetadata(id, lines, seg.blocks, registry, meta);
  for (const [field, origin] of Object.entries(md.fieldOrigin)) {
    if (origin === 'missing' && ['title', 'broker', 'date'].includes(field)) {
      issues.push({ file, code: 'MissingMetadata', severity: 'info', message: `the ${field} could not be read from the text`, hint: `add "${field}: …" to ${id}.meta.yaml beside the report` });
    }
  }
  const contentBlocks = seg.blocks.filter((b) => CONTENT_KINDS.has(b.kind));
  if (contentBlocks.length === 0) {
    issues.push({ file, code: 'BoilerplateOnly', severity: 'warning', message: 'the report has no content besides boilerplate, contents and page furniture', hint: 'check that the right file was added' });
  }
  const report: Report = {
    id,
    file,
    title: md.title,
    broker: md.broker,
    date: md.date,
    analysts: md.analysts,
    rating: md.rating,
    sector: md.sector,
    fieldOrigin: md.fieldOrigin,
    encoding,
    sha256,
    lineCount: rawLines.length,
    sections: seg.sections,
    figures: seg.figures,
    blocks: seg.blocks,
  };

  const ex: Extraction = { report, claims: [], results: [], attributes: [], prices: [], releases: [], launches: [], market: [], funding: [], mentions: [], candidates: [], issues, tables: { total: 0, withScores: 0 } };
  const figureById = new Map(seg.figures.map((f) => [f.id, f]));
  const figureTitle = new Map(seg.figures.map((f) => [f.id, `${f.label}：${f.title}`]));
  const claimCount = new Map<number, number>();
  const source = (line: number, b: Block): Source => ({ report: id, line, ...(b.section ? { section: b.section } : {}), ...(b.figure ? { figure: b.figure } : {}) });
  const addClaim = (b: Block, kind: Claim['kind'], textOf: string, line: number, lineEnd: number, found: Mention[]) => {
    // "Minerva prompt" names a prompt style, not the model (as in the table reader).
    const ms = found.filter((m) => !(m.targets[0]!.kind === 'model' && namesPromptStyle(textOf.slice(m.end, m.end + 12))));
    const n = (claimCount.get(line) ?? 0) + 1;
    claimCount.set(line, n);
    const pick = (k: string) => [...new Set(ms.flatMap((m) => m.targets.filter((t) => t.kind === k).slice(0, 1).map((t) => t.id)))].sort();
    // A model name that spells its maker ("腾讯混元") mentions the maker too.
    const ownVendors = ms.flatMap((m) => matcher.ownVendorIn(m) ?? []);
    const vendors = [...new Set([...pick('vendor'), ...ownVendors.map((v) => v.id)])].sort();
    ex.claims.push({ id: `${id}-L${line}-${n}`, report: id, kind, text: textOf, section: b.section ?? null, figure: b.figure ?? null, figureId: b.figureId ?? null, line, lineEnd, models: pick('model'), vendors, benchmarks: pick('benchmark') });
    for (const m of ms) for (const t of m.targets.slice(0, 1)) ex.mentions.push({ kind: t.kind, id: t.id, ...(m.contextual ? {} : { text: m.text.trim() }) });
    for (const v of ownVendors) ex.mentions.push({ kind: 'vendor', id: v.id, text: v.text });
  };
  const vendorName = (v: string) => index.vendor.get(v)?.name ?? v;
  const modelVendor = (m: string) => index.model.get(m)?.vendor ?? null;
  const modelName = (m: string) => index.model.get(m)?.name;
  const reportYear = md.date ? Number(md.date.slice(0, 4)) : null;
  let sectionVendors: string[] = [];
  let sectionModel: Mention | undefined;
  /** The model a heading is about: its one model, or the most specific of a family line ("GPT发展回顾：…GPT-4 Turbo" → GPT-4 Turbo). */
  const headingModel = (ms: Mention[]): Mention | undefined => {
    const models = ms.filter((m) => m.targets[0]!.kind === 'model');
    const id = (m: Mention) => m.targets[0]!.id;
    return models.find((m) => models.every((o) => id(o) === id(m) || inFamily(id(m), id(o), familyOf)));
  };
  const tableScores: TableScore[] = [];

  // A paragraph's time frame for market figures (see sentenceMarket): set by its sentences, reset per block.
  const frame: { period: Period | null } = { period: null };
  // A pronoun, but none of the words that start like one (其中 "of which", 它们 "they": wording.yaml notPronouns).
  const pronounFirst = new RegExp(`^[\\s•]*(?!${wordsPattern(registry.wording.notPronouns)})${wordsPattern(registry.wording.pronouns)}`);
  const released = releasedName(registry.wording.releaseVerbs);
  const fromCaptions = new Set<RawMarket>();
  // Years a slide prints under (or over) its text boxes: they date the boxes' months and figures.
  const labels = slideYears(seg.blocks);
  for (const [bi, b] of contentBlocks.entries()) {
    const label = labels.get(b.line);
    frame.period = label ? { at: -1, end: -1, value: String(label.year), year: label.year, line: label.line } : null;
    if (b.kind === 'table') {
      ex.tables.total++;
      // Rows that only repeat a cell table's cells (a converter's copy) are not read again.
      const grid = toGrid({ ...b.table!, rows: b.table!.rows.filter((r) => r.repeatOf === undefined) });
      for (let r = 0; r < grid.cells.length; r++) {
        const t = unescapeMarkdown([...new Set(grid.cells[r]!.filter((c) => c.trim() !== ''))].join(' | '));
        if (t.trim() === '') continue;
        addClaim(b, 'row', t, grid.lines[r]!, grid.lines[r]!, matcher.find(t));
      }
      const caption = b.figureId ? figureTitle.get(b.figureId) : undefined;
      const next = contentBlocks[bi + 1];
      const footer = next && next.kind === 'paragraph' && next.line - b.lineEnd <= 3 && next.text.trim().length <= 30 ? next.text.trim() : undefined;
      const prev = contentBlocks[bi - 1];
      // A table's title line ("Table 2. UCF-101 zero-shot …"): one short line right above it, not a body paragraph.
      const title = prev && prev.kind === 'paragraph' && prev.line === prev.lineEnd && b.line - prev.lineEnd <= 3 && prev.text.trim().length <= 200 ? prev.text.trim() : undefined;
      // The body paragraph above the table (or above its caption); its end only, as a paragraph may be megabytes.
      const above = prev && prev.kind === 'paragraph' ? prev.text : contentBlocks[bi - 2]?.kind === 'paragraph' ? contentBlocks[bi - 2]!.text : undefined;
      const facts = readTable(grid, b.table!.headerRows, { matcher, registry, caption, footer, title, lead: above?.slice(-2000), findAmounts });
      if (facts.results.length > 0) ex.tables.withScores++;
      const captionTitle = b.figureId ? figureById.get(b.figureId)?.title : undefined;
      for (const r of facts.results) {
        const result = { ...r, source: source(r.line, b) };
        ex.results.push(result);
        tableScores.push({ result, table: b.line, caption: captionTitle });
      }
      for (const a of facts.attributes) {
        if (a.attribute === 'releaseDate') {
          const d = findDates(a.dateText ?? '').find((x) => !x.yearMissing);
          if (d) ex.releases.push({ model: a.model, date: resolveYear(d, { text: a.dateText!, lineAt: () => a.line, mentions: [], contextVendors: [], reportDate: md.date }, [d])!, printed: d.printed, line: a.line, text: grid.cells[grid.lines.indexOf(a.line)]?.filter(Boolean).join(' | ') ?? '', source: source(a.line, b) });
        } else if (a.price) ex.prices.push({ model: a.model, ...a.price, printed: a.printed, line: a.line, source: source(a.line, b) });
        else ex.attributes.push({ ...a, source: source(a.line, b) });
      }
      for (const u of facts.unknown) ex.candidates.push({ name: u.name, reason: 'named in a score table', line: u.line });
      // Price cells ("GPT-4 8K Input: $0.03 Output: $0.06"): the cell's model, per the token count the caption or the paragraph above states.
      const perContext = [caption, title, above?.slice(-2000)].filter(Boolean).join('\n');
      // A spanned cell is copied into every row and column it covers: read each cell once.
      const priced = new Set<string>();
      for (let r = 0; r < grid.cells.length; r++) {
        for (const [c, cell] of grid.cells[r]!.entries()) {
          if (priced.has(cell)) continue;
          priced.add(cell);
          if (!findAmounts(cell).some((a) => a.currency)) continue;
          const ms = matcher.find(cell);
          const first = ms[0];
          if (!first || first.targets[0]!.kind !== 'model' || cell.slice(0, first.start).trim() !== '') continue;
          const head = grid.cells.slice(0, b.table!.headerRows).map((h) => h[c]!.trim()).filter(Boolean).join(' ');
          const lead = cell.slice(0, PRICE_WORD.exec(cell)?.index ?? first.end).trim();
          const variant = [head, lead].filter(Boolean).join(': ');
          const sentence: Sentence = { text: cell, lineAt: () => grid.lines[r]!, mentions: ms, contextVendors: sectionVendors, reportDate: md.date };
          for (const p of sentencePrices(sentence, findAmounts, perContext)) ex.prices.push({ ...p, variant, source: source(p.line, b) });
        }
      }
      // Prose inside cells (descriptions, news) is read like running text.
      for (let r = 0; r < grid.cells.length; r++) {
        for (const cell of new Set(grid.cells[r])) {
          if (cell.length < 24 || !/[。，；]/.test(cell)) continue;
          const rowModel = grid.cells[r]!.map((t) => matcher.resolveName(t, 'model')).find(Boolean);
          readProse(b, cell, () => grid.lines[r]!, rowModel ? [rowModel] : []);
        }
      }
      continue;
    }
    const lt: LogicalText = logicalText(b);
    if (lt.text === '') continue;
    const blockMentions = matcher.find(lt.text);
    if (b.kind === 'source') {
      // Source lines are searchable claims but never facts, and citing 腾讯研究院 is not a mention of Tencent;
      // a model or benchmark named in a cited paper's title (《NExT-GPT: Any-to-Any …》) is a mention.
      const titles = [...lt.text.matchAll(/《[^《》]*》/g)].map((t) => [t.index, t.index + t[0].length] as const);
      const cited = blockMentions.filter((m) => m.targets[0]!.kind !== 'vendor' && titles.some(([a, z]) => m.start > a && m.end < z));
      addClaim(b, 'sentence', lt.text, b.line, b.lineEnd, cited);
      continue;
    }
    if (b.kind === 'heading') {
      sectionVendors = [...new Set(blockMentions.flatMap((m) => m.targets.filter((t) => t.kind === 'vendor').map((t) => t.id)))];
      sectionModel = headingModel(blockMentions);
      addClaim(b, 'sentence', lt.text, b.line, b.line, blockMentions);
      continue;
    }
    // Once per block, not per sentence: a block may be one huge paragraph of thousands of sentences.
    const contextVendors = [...new Set([...sectionVendors, ...blockMentions.flatMap((m) => m.targets.filter((t) => t.kind === 'vendor').map((t) => t.id))])];
    // Mentions come in text order, as do sentences: walk them together.
    let next = 0;
    // Once a sentence says the paragraph is about the time of writing (近期 …), the sentences after it are too.
    let recent = false;
    // The model the previous sentence was about, for a sentence that opens with a pronoun ("其支持的上下文…").
    let previousSubject: Mention | undefined;
    for (const span of splitSentences(lt.text)) {
      const st = lt.text.slice(span.start, span.end);
      while (next < blockMentions.length && blockMentions[next]!.start < span.start) next++;
      const found: Mention[] = [];
      for (let k = next; k < blockMentions.length && blockMentions[k]!.start < span.end; k++) {
        const m = blockMentions[k]!;
        if (m.end <= span.end) found.push({ ...m, start: m.start - span.start, end: m.end - span.start });
      }
      const ms = withListedMembers(st, found);
      addClaim(b, 'sentence', st, lineAt(lt, span.start), lineAt(lt, span.end - 1), ms);
      candidatesIn(st, ms, (off) => lineAt(lt, span.start + off), ex, matcher, released);
      const referent = previousSubject && pronounFirst.test(st) ? previousSubject : undefined;
      readSentence(b, st, ms, (off) => lineAt(lt, span.start + off), contextVendors, recent, referent);
      recent ||= registry.wording.recentWords.some((w) => st.includes(w));
      previousSubject = ms.find((m) => m.targets[0]!.kind === 'model' && !isComparison(st, m)) ?? referent;
    }
    // The heading's model owns unclaimed sizes and prices in the first body paragraph after it only.
    if ((b.kind === 'paragraph' || b.kind === 'list') && lt.text.length >= BODY_PARAGRAPH && /[。，；]/.test(lt.text)) sectionModel = undefined;
  }
  settingsFromCaptions(tableScores);
  // A caption that repeats a figure stated in the text ("图 28：…开发者总数超 35 万") is a title, not a second figure.
  // Same kind, value, unit, region, period and forecast, stated in the text within CAPTION_REACH lines of the caption.
  const key = (m: RawMarket) => `${m.kind}|${m.value}|${m.valueMax ?? ''}|${m.unit}|${m.region ?? ''}|${m.period ?? ''}|${m.forecast}`;
  const inText = new Map<string, number[]>();
  for (const m of ex.market) if (!fromCaptions.has(m)) (inText.get(key(m)) ?? inText.set(key(m), []).get(key(m))!).push(m.line);
  ex.market = ex.market.filter((m) => !fromCaptions.has(m) || !(inText.get(key(m)) ?? []).some((l) => Math.abs(l - m.line) <= CAPTION_REACH));
  return ex;

  /**
   * "Gemini 1.0 共分为 Ultra, Pro 和 Nano 三个版本": after a family and a member word (wording.yaml
   * memberWords), bare names that make a member of that family with the family's name ("Gemini Ultra")
   * are mentions of those members, there and wherever else the sentence repeats them.
   */
  function withListedMembers(st: string, ms: Mention[]): Mention[] {
    if (!memberWord.test(st)) return ms;
    const extra: Mention[] = [];
    for (const m of ms) {
      const t = m.targets[0]!;
      if (t.kind !== 'model') continue;
      const after = st.slice(m.end, m.end + 60);
      const w = memberWord.exec(after);
      if (!w || /[。；;]/.test(after.slice(0, w.index))) continue;
      const family = index.model.get(t.id)?.name;
      if (!family) continue;
      const list = after.slice(w.index + w[0].length).split(/[。；;]/, 1)[0]!;
      for (const tok of new Set(list.match(/[A-Za-z][A-Za-z0-9.+-]*/g) ?? [])) {
        const id = matcher.resolveName(`${family} ${tok}`, 'model');
        if (!id || id === t.id || !inFamily(id, t.id, familyOf)) continue;
        const re = new RegExp(`(?<![A-Za-z0-9])${tok.replace(/[.+]/g, '\\$&')}(?![A-Za-z0-9])`, 'g');
        for (const hit of st.matchAll(re)) {
          const start = hit.index;
          if (start < m.end || [...ms, ...extra].some((x) => start < x.end && start + tok.length > x.start)) continue;
          extra.push({ start, end: start + tok.length, text: tok, targets: [{ kind: 'model', id, exact: true }], contextual: true });
        }
      }
    }
    return extra.length ? [...ms, ...extra].sort((a, b) => a.start - b.start) : ms;
  }

  /** Run the fact readers over one sentence. */
  function readSentence(b: Block, st: string, ms: Mention[], lineOfOffset: (off: number) => number, contextVendors: string[], recent = false, referent?: Mention): void {
    const sentence: Sentence = {
      text: st,
      lineAt: lineOfOffset,
      mentions: ms,
      contextVendors,
      caption: b.figureId ? figureTitle.get(b.figureId) : undefined,
      reportDate: md.date,
      recent,
      parameterColumn: b.kind === 'paragraph' && opensWithParameterHeader(b.text, registry.wording.parameterHeaders),
      ...(referent ? { referent } : {}),
      ...(sectionModel ? { sectionModel } : {}),
      ...(labels.has(b.line) ? { labelYear: labels.get(b.line)!.year } : {}),
      familyOf,
    };
    if (b.kind !== 'caption') for (const r of sentenceScores(sentence, findAmounts)) ex.results.push({ ...r, source: source(r.line, b) });
    for (const a of sentenceQuantities(sentence, findAmounts, registry)) ex.attributes.push({ ...a, source: source(a.line, b) });
    for (const p of sentencePrices(sentence, findAmounts)) ex.prices.push({ ...p, source: source(p.line, b) });
    for (const r of sentenceReleases(sentence, registry.wording, versionOf, familyOf)) {
      if (r.launch) ex.launches.push({ ...r, launch: r.launch, source: source(r.line, b) });
      else ex.releases.push({ ...r, source: source(r.line, b) });
    }
    const market = sentenceMarket(sentence, findAmounts, registry.markets, { vendorName, modelVendor, modelName }, reportYear, frame);
    for (const m of market) {
      const fig = { ...m, source: source(m.line, b) };
      ex.market.push(fig);
      if (b.kind === 'caption') fromCaptions.add(fig);
    }
    const fund = market.find((m) => m.kind === 'funding' && m.currency);
    if (fund) {
      const dates = findDates(st);
      const d = dates.find((x) => !x.yearMissing && x.month !== undefined);
      if (d) ex.funding.push({ date: resolveYear(d, sentence, dates)!, printed: d.printed, vendor: fund.entity, amount: fund.printed, text: st, source: source(sentence.lineAt(d.start), b) });
    }
  }

  /** Prose in a table cell (descriptions, news): its sentences are read when they name a model or a vendor, or sit in a model's row. */
  function readProse(b: Block, cell: string, lineOf: () => number, rowModels: string[]): void {
    for (const span of splitSentences(cell.replace(/\n•?\s*/g, '。'))) {
      const st = cell.replace(/\n•?\s*/g, '。').slice(span.start, span.end);
      const ms = matcher.find(st);
      // (A company's figure needs no model: "讯飞 AI 硬件…销售额同比增长 126%".)
      if (!ms.some((m) => m.targets[0]!.kind !== 'benchmark') && rowModels.length === 0) continue;
      readSentence(b, st, ms, lineOf, sectionVendors);
    }
  }
}

/**
 * A paragraph that opens with a row of short header words, one naming a parameter count
 * (" 开发者 预训练模型 应用 参数量 领域"), is a table the PDF converter flattened to text.
 */
export function opensWithParameterHeader(text: string, headers: readonly string[]): boolean {
  const first = text.slice(0, 400).split('\n', 1)[0]!;
  const words = first.trim().split(/\s+/);
  if (words.length < 3 || words.some((w) => w.length > 10 || /[\d，。,.;；:：、（）()]/.test(w))) return false;
  const names = new Set(headers.map((h) => h.toLowerCase()));
  return words.some((w) => names.has(w.toLowerCase()));
}

/** A paragraph or list at least this long, with sentence punctuation, is body text (not a chart legend or label). */
const BODY_PARAGRAPH = 40;

/** How many lines from a caption the text may state the figure the caption repeats. */
const CAPTION_REACH = 30;

// Starts only at a token boundary, so a long run of letters is scanned once, not from every position.
const CANDIDATE = /(?<![A-Za-z0-9.+\-])([A-Za-z][A-Za-z0-9.+\-]{0,40}(?: [A-Z0-9][A-Za-z0-9.+\-]{0,40}){0,2})\s*(?:系列)?\s*(?:大)?模型/g;

/**
 * A versioned Latin name right after a release verb (wording.yaml releaseVerbs: "发布了新模型 BarLM-13B",
 * "推出 FooLM 2.0"): a capital, letters, then a version or size. Products are caught too ("Windows 11");
 * candidates are diagnostics for a person to sort, and a model missed here would be lost silently.
 */
const releasedName = (verbs: readonly string[]): RegExp =>
  // Gaps are bounded ({0,3}): no run of spaces can make the optional words backtrack.
  new RegExp(`(?:${wordsPattern(verbs)})(?:\\s{0,3}了)?(?:\\s{0,3}全?新(?:一代)?的?)?(?:\\s{0,3}大?(?:语言|多模态)?模型)?\\s{0,3}[:：“"]?\\s{0,3}([A-Z][A-Za-z]{1,24}(?:[- ]?\\d+(?:\\.\\d+)*[BbMmKkTt]?)(?:-[A-Za-z][A-Za-z0-9]*)?(?: [A-Z][a-z]{2,12}){0,2})(?![A-Za-z0-9.])`, 'g');

/** Latin names the registry does not know, where the text names them as models (“… 模型”, a release verb before a versioned name). */
function candidatesIn(text: string, ms: Mention[], lineOf: (off: number) => number, ex: Extraction, matcher: Matcher, released: RegExp): void {
  const seen = new Set<string>();
  for (const [re, reason] of [
    [CANDIDATE, 'named as a model in text (“… 模型”)'],
    [released, 'a versioned name after a release verb (“发布 … 13B”)'],
  ] as const) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const name = m[1]!.trim();
      const start = m.index + m[0].lastIndexOf(m[1]!);
      if (seen.has(`${start}:${name}`)) continue;
      seen.add(`${start}:${name}`);
      if (ms.some((x) => start < x.end && start + name.length > x.start)) continue;
      if (name.length < 2 || matcher.isNotModel(name)) continue;
      if (matcher.resolveName(name, 'vendor') || matcher.resolveName(name, 'benchmark')) continue;
      ex.candidates.push({ name, reason, line: lineOf(start) });
    }
  }
}
