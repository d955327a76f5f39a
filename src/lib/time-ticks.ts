/**
 * Ticks for a time axis drawn on a linear scale of milliseconds: the first days of months, every 1,
 * 2, 3, 6, 12, 24 or 60 months, whichever gives at most `most` ticks between min and max. Labels
 * are months ("2023-11") or, from a year apart, years; no two ticks share a label.
 */
const STEPS = [1, 2, 3, 6, 12, 24, 60];

export function timeTicks(min: number, max: number, most = 8): { value: number; label: string }[] {
  if (!(max > min)) return [];
  const start = new Date(min);
  const months = (new Date(max).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(max).getUTCMonth() - start.getUTCMonth() + 1;
  const step = STEPS.find((s) => months / s <= most) ?? Math.ceil(months / most / 12) * 12;
  const out: { value: number; label: string }[] = [];
  // The first boundary at or after min that falls on the step (January for yearly steps).
  let y = start.getUTCFullYear();
  let m = start.getUTCMonth();
  if (Date.UTC(y, m, 1) < min) m++;
  m = Math.ceil(m / step) * step;
  for (let t = Date.UTC(y, m, 1); t <= max; m += step, t = Date.UTC(y, m, 1)) {
    const d = new Date(t);
    out.push({ value: t, label: step >= 12 ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 7) });
  }
  // A span inside one month: label it once, at its start.
  if (out.length === 0) out.push({ value: min, label: new Date(min).toISOString().slice(0, 7) });
  return out;
}
