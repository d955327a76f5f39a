import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildMatcher } from '../../scripts/pipeline/entities.ts';
import { canonicalSetting } from '../../scripts/pipeline/score-cell.ts';
import { settingKey } from '../../src/lib/leaderboard.ts';
import { slugify } from '../../scripts/pipeline/text.ts';
import type { IngestOutcome } from '../../scripts/pipeline/ingest-corpus.ts';
import { ROOT, registry } from './corpus.ts';

export interface Expectations {
  report: string;
  models: Array<{ name: string; line: number }>;
  vendors?: Array<{ name: string; line: number }>;
  scores: Array<{ line: number; model: string; benchmark: string; value: number; unit?: string; setting?: string; printed?: string }>;
  market: Array<{ line: number; kind: string; subject?: string; value: number; unit?: string; period?: string | number; forecast?: boolean }>;
  releases: Array<{ line: number; model: string; date: string | number }>;
}

export function loadExpectations(): Expectations[] {
  const dir = join(ROOT, 'tests/expectations');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const e = parse(readFileSync(join(dir, f), 'utf8')) as Expectations;
      return { ...e, models: e.models ?? [], scores: e.scores ?? [], market: e.market ?? [], releases: e.releases ?? [] };
    });
}

export interface Measure {
  expected: number;
  found: number;
  matched: number;
  /** Output items that matched an expectation (for precision). */
  correct: number;
  misses: string[];
  extras: string[];
  /** Matched items whose details (a score's setting, a market figure's period) differ from the expectation. */
  wrongDetail: string[];
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const recall = (m: Measure) => ratio(m.matched, m.expected);
export const precision = (m: Measure) => ratio(m.correct, m.found);
/** Share of matched items whose details agree with the expectation. */
export const detailAgreement = (m: Measure) => ratio(m.matched - m.wrongDetail.length, m.matched);

// Compared in the pipeline's one spelling per setting (5 shot = 5-shot, chain-of-thought = CoT, Majl@32 = Maj1@32),
// keyed as the site groups settings.
const settingNorm = (s: string) => settingKey(canonicalSetting(s));
/**
 * A setting agrees when both are absent, or when every part the expectation writes ("EN; UCF-101")
 * appears in the one read, or the one read appears in the expectation: the reader may keep more of
 * a header ("Science diagrams 0-shot") or less of it than the hand-written note.
 */
export function settingAgrees(expected: string | null | undefined, got: string | null): boolean {
  if (!expected || !got) return !expected && !got;
  const g = settingNorm(got);
  return expected.split(';').every((part) => g.includes(settingNorm(part))) || settingNorm(expected).includes(g);
}

/** Compare expected keys (each with how a miss is reported) with the keys found. */
function setMeasure(expected: Map<string, string>, found: Set<string>): Measure {
  const matched = [...expected.keys()].filter((k) => found.has(k)).length;
  return {
    expected: expected.size,
    found: found.size,
    matched,
    correct: matched,
    misses: [...expected].filter(([k]) => !found.has(k)).map(([, label]) => label),
    extras: [...found].filter((k) => !expected.has(k)),
    wrongDetail: [],
  };
}

/** Compare one report's output with its hand-checked expectations. */
export function measure(out: IngestOutcome, exp: Expectations): Record<'scores' | 'market' | 'models' | 'vendors' | 'releases', Measure> {
  const matcher = buildMatcher(registry());
  const c = out.collections;
  const modelId = (name: string) => matcher.resolveName(name, 'model') ?? c.models.find((m) => m.name === name)?.id ?? slugify(name);
  const benchId = (name: string) => matcher.resolveName(name, 'benchmark', { tableHeader: true }) ?? slugify(name);

  const results = c.results.filter((r) => r.source.report === exp.report);
  const used = new Set<string>();
  const scores: Measure = { expected: exp.scores.length, found: results.length, matched: 0, correct: 0, misses: [], extras: [], wrongDetail: [] };
  for (const e of exp.scores) {
    const m = modelId(e.model);
    const b = benchId(e.benchmark);
    const hit = results.find((r) => !used.has(r.id) && r.source.line === e.line && r.value === e.value && r.model === m && r.benchmark === b);
    if (hit) {
      used.add(hit.id);
      scores.matched++;
      if (!settingAgrees(e.setting, hit.setting)) scores.wrongDetail.push(`L${e.line} ${e.model} ${e.benchmark} ${e.value}: setting ${e.setting ?? '-'} read as ${hit.setting ?? '-'}`);
    } else scores.misses.push(`L${e.line} ${e.model}(${m}) ${e.benchmark}(${b}) ${e.value}`);
  }
  scores.correct = used.size;
  scores.extras = results.filter((r) => !used.has(r.id)).map((r) => `L${r.source.line} ${r.model} ${r.benchmark} ${r.value} [${r.printed}]`);

  const figures = c.marketFigures.filter((f) => f.source.report === exp.report);
  const usedF = new Set<string>();
  const market: Measure = { expected: exp.market.length, found: figures.length, matched: 0, correct: 0, misses: [], extras: [], wrongDetail: [] };
  for (const e of exp.market) {
    const hit = figures.find((f) => !usedF.has(f.id) && f.source.line === e.line && f.value === e.value && f.kind === e.kind);
    if (hit) {
      usedF.add(hit.id);
      market.matched++;
      const period = e.period == null ? null : String(e.period);
      if (period !== hit.period || (e.forecast !== undefined && e.forecast !== hit.forecast))
        market.wrongDetail.push(`L${e.line} ${e.kind} ${e.value}: period ${period ?? '-'}${e.forecast ? ' (forecast)' : ''} read as ${hit.period ?? '-'}${hit.forecast ? ' (forecast)' : ''}`);
    } else market.misses.push(`L${e.line} ${e.kind} ${e.subject ?? ''} ${e.value}${e.unit ?? ''}`);
  }
  market.correct = usedF.size;
  market.extras = figures.filter((f) => !usedF.has(f.id)).map((f) => `L${f.source.line} ${f.kind} ${f.subject} ${f.value}${f.unit}`);

  const expectedModels = new Set(exp.models.map((m) => modelId(m.name)));
  const models = setMeasure(new Map([...expectedModels].map((m) => [m, m])), new Set(c.models.filter((m) => m.reports.includes(exp.report)).map((m) => m.id)));

  const vendorId = (name: string) => matcher.resolveName(name, 'vendor') ?? c.vendors.find((v) => v.name === name)?.id ?? slugify(name);
  const expectedVendors = new Set((exp.vendors ?? []).map((v) => vendorId(v.name)));
  // Vendors named in the report's text (a vendor's `reports` also lists reports that name only its models).
  const vendors = setMeasure(new Map([...expectedVendors].map((v) => [v, v])), new Set(c.claims.filter((x) => x.report === exp.report).flatMap((x) => x.vendors)));

  // Every release date the report states for a model (the models' releaseDate assertions: a line that dates one
  // release to the month and to the day is one timeline event but two statements).
  const stated = c.models.flatMap((m) => m.releaseDate.filter((d) => d.source.report === exp.report).map((d) => `${m.id}|${d.value}`));
  const expRel = new Map<string, string>();
  for (const r of exp.releases) expRel.set(`${modelId(r.model)}|${String(r.date)}`, `L${r.line} ${r.model} ${r.date}`);
  const releases = setMeasure(expRel, new Set(stated));
  return { scores, market, models, vendors, releases };
}
