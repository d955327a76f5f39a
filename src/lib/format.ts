/** Display formatting. Pure functions. */

const SCALE: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 175000000000 → "175B"; 1800000000000 → "1.8T"; 205800000000 → "205.8B" (four significant digits); 2048 → "2,048". */
export function compactNumber(n: number): string {
  // A count under ten thousand that is not whole thousands is shown whole (2048 tokens, not 2.05K).
  if (Number.isInteger(n) && Math.abs(n) < 1e4 && n % 1000 !== 0) return n.toLocaleString('en-US');
  for (const [v, s] of SCALE) if (Math.abs(n) >= v) return `${+(n / v).toPrecision(4)}${s}`;
  return String(+n.toPrecision(4));
}

/**
 * A market figure's value in base units, as shown: money in its currency, a range with both ends
 * ("USD 30B–37B" for 300 亿至 370 亿美元), a count with its counting word ("426 笔").
 */
export function figureValue(f: { value: number; valueMax?: number; normalized: number; currency: string | null; unit: string; qualifier?: string }): string {
  return `${qualifierText(f.qualifier)}${amountText(f)}`;
}

function amountText(f: { value: number; valueMax?: number; normalized: number; currency: string | null; unit: string }): string {
  const factor = f.value === 0 ? 1 : f.normalized / f.value;
  const high = f.valueMax !== undefined ? `–${compactNumber(f.valueMax * factor)}` : '';
  const counter = !f.currency && f.unit !== '%' && /[^万亿千百KMB\d\s]/.test(f.unit) ? ` ${f.unit.replace(/^[万亿千百]+/, '')}` : '';
  if (f.unit === '倍') return `×${f.normalized}`;
  return f.unit === '%' ? `${+(f.normalized * 100).toPrecision(4)}%${f.valueMax !== undefined ? `–${f.valueMax}%` : ''}` : `${money(f.normalized, f.currency)}${high}${counter}`;
}

/** A money amount in its currency: 205800000000 CNY → "CNY 205.8B". */
export function money(n: number, currency: string | null): string {
  return `${currency ? `${currency} ` : ''}${compactNumber(n)}`;
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region' });
/** ISO 3166 alpha-2 code → English name (CN → "China"), for any code the registry uses. */
export const countryName = (code: string | null): string => (code ? REGIONS.of(code) ?? code : 'Unknown');

/** Qualifier words for quantity assertions. */
export const qualifierText = (q: string | undefined): string => ({ 'more-than': '> ', 'up-to': '≤ ', about: '≈ ', estimate: 'est. ' } as Record<string, string>)[q ?? ''] ?? '';

/**
 * Where an ISO partial date sits on a time axis: a day at that day, a month at its 15th, a year at
 * 1 July, so "2018" is not drawn as if it were 1 January 2018.
 */
export function periodMiddle(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number?, number?];
  return m === undefined ? Date.UTC(y, 6, 1) : d === undefined ? Date.UTC(y, m - 1, 15) : Date.UTC(y, m - 1, d);
}

/**
 * A quantity assertion as shown: "≈ 1.8T", "70B–650B", "7B (one of several sizes)" when the line gives
 * several, "7B (variant LLaMA-7B)" when the variant has a name of its own. A unit goes right after the number
 * ("8K tokens (one of several sizes)").
 */
export function quantityLabel(q: { value: number; max?: number; qualifier?: string; variant?: string; printed?: string }, unit?: string): string {
  const variant = !q.variant ? '' : q.variant === q.printed ? ' (one of several sizes)' : ` (variant ${q.variant})`;
  return `${qualifierText(q.qualifier)}${compactNumber(q.value)}${q.max ? `–${compactNumber(q.max)}` : ''}${unit ? ` ${unit}` : ''}${variant}`;
}

/** A score cell printed as a pair of numbers ("95.8/97.6", "88.3 / 63.0"): the pair, else undefined. */
export function printedPair(printed: string): string | undefined {
  const m = /(\d+(?:\.\d+)?%?)\s*[/／]\s*(\d+(?:\.\d+)?%?)/.exec(printed);
  return m ? `${m[1]}/${m[2]}` : undefined;
}
