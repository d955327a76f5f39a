/**
 * Ticks for a time axis drawn on a linear scale of milliseconds: the first days of months, every 1,
 * 2, 3, 6, 12, 24 or 60 months (on multiples of the step: quarters start in January, two-yearly
 * ticks on even years), the finest step that gives at most `most` ticks between min and max and at
 * least two, so a narrow chart (a phone) still dates its points. Labels are months ("2023-11") or,
 * from a year apart, years; no two ticks share a label.
 */
const STEPS = [1, 2, 3, 6, 12, 24, 60];

function ticksEvery(min: number, max: number, step: number): { value: number; label: string }[] {
  const start = new Date(min);
  // The first month boundary at or after min whose month index (years × 12 + month) is a multiple of the step.
  let k = start.getUTCFullYear() * 12 + start.getUTCMonth();
  if (Date.UTC(Math.floor(k / 12), k % 12, 1) < min) k++;
  k = Math.ceil(k / step) * step;
  const out: { value: number; label: string }[] = [];
  for (let t = Date.UTC(Math.floor(k / 12), k % 12, 1); t <= max; k += step, t = Date.UTC(Math.floor(k / 12), k % 12, 1)) {
    out.push({ value: t, label: step >= 12 ? String(new Date(t).getUTCFullYear()) : new Date(t).toISOString().slice(0, 7) });
  }
  return out;
}

export function timeTicks(min: number, max: number, most = 8): { value: number; label: string }[] {
  if (!(max > min)) return [];
  const start = new Date(min);
  const months = (new Date(max).getUTCFullYear() - start.getUTCFullYear()) * 12 + new Date(max).getUTCMonth() - start.getUTCMonth() + 1;
  const i = STEPS.findIndex((s) => months / s <= most);
  let ticks = ticksEvery(min, max, i >= 0 ? STEPS[i]! : Math.ceil(months / most / 12) * 12);
  // A narrow chart (a phone) whose step leaves one tick or none: finer steps until two date the points.
  for (let j = (i >= 0 ? i : STEPS.length) - 1; ticks.length < 2 && j >= 0; j--) ticks = ticksEvery(min, max, STEPS[j]!);
  // A span inside one month: label it once, at its start.
  return ticks.length > 0 ? ticks : [{ value: min, label: start.toISOString().slice(0, 7) }];
}
