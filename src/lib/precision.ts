/** Decimal places of a number as printed (86.4 → 1, 90 → 0). */
const decimals = (v: number): number => (String(v).split('.')[1] ?? '').length;

/** Is `a` the value `b` rounded to `a`'s printed precision (90 and 90.04, 86 and 86.4), or the other way round? */
export function sameAtPrecision(a: number, b: number): boolean {
  if (a === b) return true;
  const [coarse, fine] = decimals(a) <= decimals(b) ? [a, b] : [b, a];
  const f = 10 ** decimals(coarse);
  return Math.abs(Math.round(fine * f) / f - coarse) < 1e-9;
}

/**
 * The values that really differ: a value that is only another one rounded ("90" beside "90.04") is the
 * same statement, not a disagreement. Keeps the more precise of each such pair; ascending.
 */
export function distinctAtPrecision(values: Iterable<number>): number[] {
  const sorted = [...new Set(values)].sort((x, y) => decimals(y) - decimals(x) || x - y);
  const kept: number[] = [];
  for (const v of sorted) if (!kept.some((k) => sameAtPrecision(k, v))) kept.push(v);
  return kept.sort((x, y) => x - y);
}
