import type { Result } from '../schemas/index.ts';
import { disagreeAtPrecision, distinctAtPrecision, sameAtPrecision } from './precision.ts';

export interface LeaderboardRow {
  rank: number;
  model: string;
  value: number;
  unit: string;
  printed: string;
  /** The first line (report order) that states this score. */
  source: Result['source'];
  /** Every line that states this model's score at this value, in report order. */
  sources: Array<{ source: Result['source']; printed: string }>;
  /** The same model has another value (beyond rounding) for this setting in another line or report. */
  disputed: boolean;
}

export interface LeaderboardGroup {
  /** Setting as printed ("5-shot"), or null when the reports do not say. */
  setting: string | null;
  unit: string;
  rows: LeaderboardRow[];
}

/** Normalise a setting for grouping: case, spaces and footnote marks do not make a new setting. */
export const settingKey = (s: string | null): string => (s ?? '').toLowerCase().replace(/[\s*_\-]+/g, '').replace(/shots?/g, 'shot');

/** A score without a unit on a benchmark scored in percent, printed as a fraction of 1 (天风 IFEval "0.75"). */
export const isFraction = (r: Pick<Result, 'unit' | 'value'>, usualUnit: string | undefined): boolean => r.unit === '' && usualUnit === '%' && r.value <= 1;

/** Units on a 0–100 scale that a report may print with "%" (DROP's F1 printed "82.4%"). */
const PERCENT_SCALE = new Set(['F1', 'EM']);

/**
 * The unit a score ranks under: on a benchmark scored in percent, a number printed without "%" above 1
 * ("90.6" in a table) is a percentage; a fraction ("0.67") keeps its own table. On a benchmark scored in
 * F1 or EM, "82.4%" is that F1.
 */
export const rankUnit = (r: Pick<Result, 'unit' | 'value'>, usualUnit: string | undefined): string => {
  if (r.unit === '' && usualUnit === '%' && !isFraction(r, usualUnit)) return '%';
  if (r.unit === '%' && usualUnit && PERCENT_SCALE.has(usualUnit)) return usualUnit;
  return r.unit;
};

/**
 * Leaderboards of one benchmark: one ranked table per (setting, unit), so unlike settings are never
 * ranked together. One row per model and value, with every line that states it (a score repeated by
 * four reports is one row, not four). Sorted in the benchmark's direction; ties share a rank. Units as in rankUnit.
 */
export function leaderboards(results: Result[], higherIsBetter: boolean, usualUnit?: string): LeaderboardGroup[] {
  const groups = new Map<string, { setting: string | null; unit: string; items: Result[] }>();
  for (const r of results) {
    const unit = rankUnit(r, usualUnit);
    const key = `${unit}|${settingKey(r.setting)}`;
    const g = groups.get(key) ?? { setting: r.setting, unit, items: [] };
    g.items.push(r);
    groups.set(key, g);
  }
  const out: LeaderboardGroup[] = [];
  for (const g of groups.values()) {
    // Values per model, once per group (a scan per row would make large leaderboards quadratic).
    const values = new Map<string, Set<number>>();
    for (const r of g.items) (values.get(r.model) ?? values.set(r.model, new Set()).get(r.model)!).add(r.value);
    const disputed = new Map([...values].map(([m, vs]) => [m, disagreeAtPrecision(vs)]));
    const bySource = (a: Result, b: Result) => (a.source.report < b.source.report ? -1 : a.source.report > b.source.report ? 1 : a.source.line - b.source.line);
    // One row per model and value, a value that is another one rounded (90 beside 90.04) in the finer one's row.
    const finest = new Map([...values].map(([m, vs]) => [m, distinctAtPrecision(vs)]));
    const rowValue = new Map<string, number>();
    const merged = new Map<string, Result[]>();
    for (const r of g.items) {
      const vk = `${r.model}|${r.value}`;
      if (!rowValue.has(vk)) rowValue.set(vk, finest.get(r.model)!.find((k) => sameAtPrecision(r.value, k)) ?? r.value);
      const key = `${r.model}|${rowValue.get(vk)}`;
      (merged.get(key) ?? merged.set(key, []).get(key)!).push(r);
    }
    // The row shows its finest value first; its other sources follow in report order.
    const finer = (r: Result) => Number(r.value === rowValue.get(`${r.model}|${r.value}`));
    const firsts = [...merged.values()].map((rs) => rs.sort((a, b) => finer(b) - finer(a) || bySource(a, b)));
    const sorted = firsts.sort((x, y) => (higherIsBetter ? y[0]!.value - x[0]!.value : x[0]!.value - y[0]!.value) || (x[0]!.model < y[0]!.model ? -1 : x[0]!.model > y[0]!.model ? 1 : 0));
    const rows: LeaderboardRow[] = [];
    sorted.forEach((rs, i) => {
      const r = rs[0]!;
      const prev = rows[i - 1];
      const rank = prev && prev.value === r.value ? prev.rank : i + 1;
      rows.push({ rank, model: r.model, value: r.value, unit: r.unit, printed: r.printed, source: r.source, sources: rs.map((x) => ({ source: x.source, printed: x.printed })), disputed: disputed.get(r.model)! });
    });
    out.push({ setting: g.setting, unit: g.unit, rows });
  }
  return out.sort((a, b) => b.rows.length - a.rows.length || (a.setting ?? '').localeCompare(b.setting ?? ''));
}

/** Results past which a benchmark page ranks one row per model (see collapseByModel) and links to every result. */
export const BENCHMARK_RESULT_ROWS = 150;
/** Rows per page of a benchmark's full result list. */
export const RESULT_PAGE_ROWS = 250;

/** One model in a collapsed leaderboard: its newest score, the range of all its scores, and how many there are. */
export interface ModelRow extends LeaderboardRow {
  count: number;
  min: number;
  max: number;
}

/**
 * One row per model (its score in the newest report; undated reports count as oldest), ranked in the
 * benchmark's direction, with the range and number of all its scores under this setting: a
 * leaderboard that stays one row per model however many reports repeat a score.
 */
export function collapseByModel(g: LeaderboardGroup, reportDate: (id: string) => string | null | undefined, higherIsBetter: boolean): ModelRow[] {
  type Src = LeaderboardRow['source'];
  const date = (s: Src) => reportDate(s.report) ?? '';
  const newerSource = (a: Src, b: Src) => date(a).localeCompare(date(b)) || (a.report < b.report ? 1 : a.report > b.report ? -1 : b.line - a.line);
  const newer = (a: LeaderboardRow, b: LeaderboardRow) => newerSource(a.source, b.source);
  const by = new Map<string, ModelRow>();
  const values = new Map<string, number[]>();
  for (const merged of g.rows) {
    // A row stated by several lines counts from its newest.
    const newest = merged.sources.reduce((best, x) => (newerSource(x.source, best.source) > 0 ? x : best));
    const r = { ...merged, source: newest.source, printed: newest.printed };
    const m = by.get(r.model);
    (values.get(r.model) ?? values.set(r.model, []).get(r.model)!).push(r.value);
    if (!m) by.set(r.model, { ...r, count: r.sources.length, min: r.value, max: r.value });
    else {
      const count = m.count + r.sources.length;
      const [min, max] = [Math.min(m.min, r.value), Math.max(m.max, r.value)];
      by.set(r.model, { ...(newer(r, m) > 0 ? r : m), count, min, max });
    }
  }
  const rows = [...by.values()].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value) || (a.model < b.model ? -1 : a.model > b.model ? 1 : 0));
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    r.rank = prev && prev.value === r.value ? prev.rank : i + 1;
    r.disputed = disagreeAtPrecision(values.get(r.model)!);
  });
  return rows;
}

/** URL of page `n` (1-based) of a benchmark's full result list. */
export const benchmarkResultsRoute = (id: string, n = 1): string => `/benchmarks/${id}/results/${n > 1 ? `${n}/` : ''}`;

/**
 * Does a score's setting name the dataset it was measured on ("EN; UCF-101 0-shot" names UCF-101)? A metric's
 * scores (FVD, CLIPSIM) carry their dataset in the setting; the dataset's page lists them.
 */
export function settingNamesDataset(setting: string | null, names: string[]): boolean {
  if (!setting) return false;
  const words = setting.toLowerCase();
  return names.some((n) => {
    const at = words.indexOf(n.toLowerCase());
    // Whole name only: "UCF-101" is not inside "UCF-1010".
    return at >= 0 && !/[a-z0-9]/.test(words[at - 1] ?? '') && !/[a-z0-9]/.test(words[at + n.length] ?? '');
  });
}
