import { distinctAtPrecision } from './precision.ts';
import type { Result } from '../schemas/index.ts';

/** Scores a model page lists one by one; past this it shows one row per benchmark and setting. */
export const MODEL_SCORE_ROWS = 150;
/** Rows per page of a model's full score list. */
export const SCORE_PAGE_ROWS = 250;

/** Every score of a model for one benchmark under one setting and unit. */
export interface ScoreGroup {
  benchmark: string;
  setting: string | null;
  unit: string | null;
  /** Newest report first (undated last), then by line. */
  results: Result[];
  /** Distinct values, ascending. */
  values: number[];
}

/**
 * A model's scores grouped by benchmark, setting and unit (`unitOf`: as the leaderboards rank it), so a
 * score repeated by many reports is one row ("MMLU 86.4, 5-shot, stated in 40 reports") and differing
 * values show as a range.
 */
export function scoreGroups(
  results: Result[],
  reportDate: (id: string) => string | null | undefined,
  benchmarkName: (id: string) => string,
  unitOf: (r: Result) => string | null = (r) => r.unit,
): ScoreGroup[] {
  const by = new Map<string, ScoreGroup>();
  for (const r of results) {
    const unit = unitOf(r);
    const key = `${r.benchmark}\u0000${r.setting ?? ''}\u0000${unit ?? ''}`;
    let g = by.get(key);
    if (!g) by.set(key, (g = { benchmark: r.benchmark, setting: r.setting, unit, results: [], values: [] }));
    g.results.push(r);
  }
  const date = (r: Result) => reportDate(r.source.report) ?? '';
  for (const g of by.values()) {
    g.results.sort((a, b) => date(b).localeCompare(date(a)) || (a.source.report < b.source.report ? -1 : a.source.report > b.source.report ? 1 : a.source.line - b.source.line));
    // Values that differ beyond rounding (90 and 90.04 are one).
    g.values = distinctAtPrecision(g.results.map((r) => r.value));
  }
  return [...by.values()].sort((a, b) => benchmarkName(a.benchmark).localeCompare(benchmarkName(b.benchmark)) || (a.setting ?? '').localeCompare(b.setting ?? '') || (a.unit ?? '').localeCompare(b.unit ?? ''));
}

/** URL of page `n` (1-based) of a model's full score list. */
export const modelScoresRoute = (id: string, n = 1): string => `/models/${id}/scores/${n > 1 ? `${n}/` : ''}`;
