import { disagreeAtPrecision } from './precision.ts';
import type { MarketFigure, Result } from '../schemas/index.ts';
import { rankUnit, settingKey } from './leaderboard.ts';

/** Rows per section of the disagreements page; past this the page says how many more there are. */
export const DISAGREEMENT_ROWS = 100;
/** Values shown per row, and lines shown per value: a fact a thousand reports repeat stays one short row. */
export const SHOWN_VALUES = 5;
export const SHOWN_SOURCES = 4;

/**
 * The first `maxValues` values, each with its first `maxSources` sources; how many values and, per
 * value, how many sources are left out (the model and benchmark pages list them all).
 */
export function shortened<T extends { sources: S[] }, S>(values: T[], maxValues = SHOWN_VALUES, maxSources = SHOWN_SOURCES): { shown: Array<T & { moreSources: number }>; moreValues: number } {
  return {
    shown: values.slice(0, maxValues).map((v) => ({ ...v, sources: v.sources.slice(0, maxSources), moreSources: Math.max(0, v.sources.length - maxSources) })),
    moreValues: Math.max(0, values.length - maxValues),
  };
}

/** One value of a disputed fact, with every line that states it. */
export interface StatedValue {
  value: number;
  /** As the first source printed it. */
  printed: string;
  sources: Array<{ report: string; line: number; printed: string }>;
}

/** A fact the reports (or lines of one report) state with different values. */
export interface Disagreement<K> {
  key: K;
  values: StatedValue[];
  /** Distinct reports among the sources. */
  reports: number;
}

/** Group items by key and keep the groups with more than one distinct value, most reports first, then by key. */
function disputed<T, K>(
  items: T[],
  key: (x: T) => string,
  keyOf: (x: T) => K,
  value: (x: T) => number,
  src: (x: T) => { report: string; line: number; printed: string },
  /** Values as printed, where one that is another rounded (90 beside 90.04) is the same statement. */
  printedValues = true,
): Array<Disagreement<K>> {
  const groups = new Map<string, { key: K; byValue: Map<number, StatedValue> }>();
  for (const x of items) {
    const k = key(x);
    const g = groups.get(k) ?? groups.set(k, { key: keyOf(x), byValue: new Map() }).get(k)!;
    const v = value(x);
    const s = src(x);
    const sv = g.byValue.get(v) ?? g.byValue.set(v, { value: v, printed: s.printed, sources: [] }).get(v)!;
    sv.sources.push(s);
  }
  const out: Array<Disagreement<K> & { k: string }> = [];
  for (const [k, g] of groups) {
    // A value that is another one rounded (90 beside 90.04) states the same thing.
    if (!(printedValues ? disagreeAtPrecision(g.byValue.keys()) : g.byValue.size > 1)) continue;
    // The values most lines state first (a shortened row keeps them), then by value.
    const values = [...g.byValue.values()].sort((a, b) => b.sources.length - a.sources.length || a.value - b.value);
    out.push({ k, key: g.key, values, reports: new Set(values.flatMap((v) => v.sources.map((s) => s.report))).size });
  }
  return out.sort((a, b) => b.reports - a.reports || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map(({ k: _k, ...d }) => d);
}

/**
 * Benchmark scores stated differently for the same model, benchmark and setting, in the units the
 * leaderboards rank them under (rankUnit).
 */
export function scoreDisagreements(results: Result[], usualUnit: (benchmark: string) => string | undefined): Array<Disagreement<{ model: string; benchmark: string; setting: string | null; unit: string }>> {
  const unit = (r: Result) => rankUnit(r, usualUnit(r.benchmark));
  return disputed(
    results,
    (r) => `${r.model}|${r.benchmark}|${settingKey(r.setting)}|${unit(r)}`,
    (r) => ({ model: r.model, benchmark: r.benchmark, setting: r.setting, unit: unit(r) }),
    (r) => r.value,
    (r) => ({ report: r.source.report, line: r.source.line, printed: r.printed }),
  );
}

/** Market figures stated differently for the same subject, region, period and actual/forecast (compared in base units). */
export function marketDisagreements(figures: MarketFigure[]): Array<Disagreement<{ subject: string; region: string | null; period: string | null; forecast: boolean; unit: string; currency: string | null }>> {
  return disputed(
    figures.filter((f) => f.period !== null),
    (f) => `${f.subject}|${f.region ?? ''}|${f.period}|${f.forecast}|${f.currency ?? ''}|${f.kind}`,
    (f) => ({ subject: f.subject, region: f.region, period: f.period, forecast: f.forecast, unit: f.unit, currency: f.currency }),
    (f) => f.normalized,
    (f) => ({ report: f.source.report, line: f.source.line, printed: f.printed }),
    // Compared in base units (25% is 0.25), where rounding at the printed precision does not apply.
    false,
  );
}
