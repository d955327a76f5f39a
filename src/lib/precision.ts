/** Decimal places of a number as printed (86.4 → 1, 90 → 0, 1.5e-7 → 8). */
const decimals = (v: number): number => {
  const [mantissa, exp] = String(v).split('e');
  const places = (mantissa!.split('.')[1] ?? '').length - Number(exp ?? 0);
  return Math.max(0, Math.min(places, 100));
};

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
export function distinctAtPrecision(values: Iterable<number>, limit = Infinity): number[] {
  // Finest first: a value is dropped when a kept (finer or equal) one rounds to it. The kept values'
  // roundings at each precision are remembered, so this is linear in the values, not pairwise.
  const sorted = [...new Set(values)].sort((x, y) => decimals(y) - decimals(x) || x - y);
  const kept: number[] = [];
  const roundings = new Map<number, Set<string>>();
  for (const v of sorted) {
    const d = decimals(v);
    if (roundings.get(d)?.has(v.toFixed(d))) continue;
    kept.push(v);
    if (kept.length >= limit) break;
    for (let p = 0; p <= d; p++) {
      const f = 10 ** p;
      (roundings.get(p) ?? roundings.set(p, new Set()).get(p)!).add((Math.round(v * f) / f).toFixed(p));
    }
  }
  return kept.sort((x, y) => x - y);
}

/**
 * Do the values disagree beyond rounding? Stops at the second distinct value, so a model scored by
 * thousands of reports costs a sort, not a comparison of every pair.
 */
export const disagreeAtPrecision = (values: Iterable<number>): boolean => distinctAtPrecision(values, 2).length > 1;
