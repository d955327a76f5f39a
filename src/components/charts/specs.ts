/**
 * Serializable chart specs: built at build time by pure functions, carried to the browser in a
 * data attribute, turned into Chart.js configs by src/scripts/charts.ts. No functions inside.
 */
export interface BarSpec {
  kind: 'bar';
  /** Accessible name of the chart. */
  title: string;
  labels: string[];
  values: number[];
  /** Axis label, e.g. "MMLU (%)". */
  axis: string;
  /** Where clicking each bar goes. */
  links?: string[];
}

export interface TimelineSpec {
  kind: 'timeline';
  title: string;
  /** Row names (vendors). */
  lanes: string[];
  /** `vendor` is the lane (vendor name); the filters match `vendorId`, `country`, `modality`, `open` and `year` (the list's data attributes). */
  /** `approx`: only a month or year is stated (drawn hollow, mid-period). */
  /** `kind`: a release (a circle, linking to its model) or another event (a triangle, linking to its vendor). */
  points: Array<{ kind: string; model: string; x: number; y: number; label: string; date: string; approx: boolean; href: string; vendor: string; vendorId: string; country: string; modality: string; open: string; year: string }>;
}

export interface MarketSpec {
  kind: 'market';
  title: string;
  labels: string[];
  actual: Array<number | null>;
  forecast: Array<number | null>;
  axis: string;
}

export type ChartSpec = BarSpec | TimelineSpec | MarketSpec;

/** Bar chart of one value per label, sorted in the benchmark's direction. */
export function barSpec(title: string, axis: string, rows: Array<{ label: string; value: number; href?: string }>, higherIsBetter = true): BarSpec {
  const sorted = [...rows].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value));
  return { kind: 'bar', title, axis, labels: sorted.map((r) => r.label), values: sorted.map((r) => r.value), links: sorted.map((r) => r.href ?? '') };
}

/** Actual and forecast series over periods (one value per period and series, the first stated). */
export function marketSpec(title: string, axis: string, figures: Array<{ period: string | null; normalized: number; forecast: boolean }>, scale: number): MarketSpec {
  const labels = [...new Set(figures.map((f) => f.period ?? '—'))];
  const pick = (p: string, forecast: boolean) => figures.find((f) => (f.period ?? '—') === p && f.forecast === forecast);
  const val = (p: string, forecast: boolean) => {
    const f = pick(p, forecast);
    return f ? +(f.normalized / scale).toPrecision(6) : null;
  };
  return { kind: 'market', title, axis, labels, actual: labels.map((p) => val(p, false)), forecast: labels.map((p) => val(p, true)) };
}
