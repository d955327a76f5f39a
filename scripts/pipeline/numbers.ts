import type { RegistryUnits } from '../../src/schemas/index.ts';
import { escapeRegExp } from './text.ts';

/** A number as printed, with its magnitude and currency resolved. */
export interface Amount {
  /** Offset of the first character (including a leading "$" or qualifier-free number). */
  start: number;
  end: number;
  printed: string;
  /** The number as printed (2058 for "2058亿元"), low end of a range. */
  value: number;
  /** High end of a printed range, as printed. */
  max?: number;
  /** Multiplier from magnitude and currency words (亿美元 → 1e8). */
  factor: number;
  /** Unit as printed after the number (亿元, 亿, B, %, 万 …). */
  unit: string;
  currency: 'USD' | 'CNY' | null;
  percent: boolean;
  /** "级" suffix: an order of magnitude (千亿级), not a count. */
  order: boolean;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Parse a Chinese numeral below 万 ("三千五百" → 3500, "十" → 10); NaN when it is not one. */
export function parseChineseNumeral(s: string): number {
  if (s.length === 0) return NaN;
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch]!;
    else if (ch in CN_UNITS) {
      total += (digit === 0 ? 1 : digit) * CN_UNITS[ch]!;
      digit = 0;
    } else return NaN;
  }
  return total + digit;
}

const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
const CN_NUM = '[零〇一二两三四五六七八九十百千]+';

/** Build the amount finder for a unit vocabulary (magnitudes and currencies from the registry). */
export function amountFinder(units: RegistryUnits): (text: string) => Amount[] {
  const currencyWords = Object.keys(units.currencies).sort((a, b) => b.length - a.length);
  const magnitudeWords = Object.keys(units.magnitudes).sort((a, b) => b.length - a.length);
  const latinMag = magnitudeWords.filter((w) => /^[A-Za-z]+$/.test(w));
  const cjkMag = magnitudeWords.filter((w) => !/^[A-Za-z]+$/.test(w));
  const mag = `(?:${cjkMag.map(escapeRegExp).join('|')}|(?:${latinMag.map(escapeRegExp).join('|')})(?![A-Za-z]))`;
  const cur = `(?:${currencyWords.map(escapeRegExp).join('|')})`;
  const one = `(${NUM}|${CN_NUM}(?=\\s*(?:${cjkMag.map(escapeRegExp).join('|')})))\\s*(${mag})?`;
  const re = new RegExp(`(\\$\\s*)?${one}(?:\\s*(?:-|–|~|～|至|到)\\s*(\\$\\s*)?${one})?\\s*(级)?\\s*(${cur}|%|％)?`, 'g');

  return (text: string): Amount[] => {
    const out: Amount[] = [];
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].trim() === '' || m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = m.index + (m[0].length - m[0].trimStart().length);
      // Part of a longer token (letters or digits glued before it) is not an amount.
      const before = text[m.index - 1] ?? '';
      if (/[A-Za-z0-9_.]/.test(before) && !m[1]) continue;
      const toNum = (s: string) => (/^[\d,.]+$/.test(s) ? Number(s.replace(/,/g, '')) : parseChineseNumeral(s));
      const v1 = toNum(m[2]!);
      if (!Number.isFinite(v1)) continue;
      const mag1 = m[3];
      const v2 = m[5] !== undefined ? toNum(m[5]) : undefined;
      const mag2 = m[6];
      const curWord = m[8];
      const dollar = Boolean(m[1] || m[4]);
      const percent = curWord === '%' || curWord === '％';
      const currencyEntry = curWord && !percent ? units.currencies[curWord] : undefined;
      const magWord = mag2 ?? mag1;
      const magFactor = magWord ? units.magnitudes[magWord] ?? 1 : 1;
      const curFactor = currencyEntry?.factor ?? 1;
      // With a range, the first number takes the second's magnitude when it has none ("70-650亿").
      const unit = `${mag2 ?? mag1 ?? ''}${m[7] ?? ''}${curWord ?? ''}`;
      let end = m.index + m[0].length;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      // A range whose second number has a different explicit magnitude is two numbers, not a range.
      if (v2 !== undefined && mag1 && mag2 && mag1 !== mag2) {
        re.lastIndex = m.index + m[0].indexOf(m[5]!) ;
        out.push({ start, end: start + m[2]!.length + (mag1?.length ?? 0), printed: text.slice(start, start + m[2]!.length + (mag1?.length ?? 0)), value: v1, factor: units.magnitudes[mag1] ?? 1, unit: mag1, currency: null, percent: false, order: false });
        continue;
      }
      out.push({
        start,
        end,
        printed: text.slice(start, end),
        value: v1,
        ...(v2 !== undefined ? { max: v2 } : {}),
        factor: magFactor * curFactor,
        unit,
        currency: dollar ? 'USD' : currencyEntry?.currency ?? null,
        percent,
        order: m[7] === '级',
      });
    }
    return out;
  };
}

/** Words before a number that qualify it. */
export function qualifierBefore(text: string, at: number): 'more-than' | 'up-to' | 'about' | undefined {
  return qualifierWordBefore(text, at)?.kind;
}

/** The qualifier before a number and the words that say it ("超 35 万" → more-than, "超 "). */
export function qualifierWordBefore(text: string, at: number): { kind: 'more-than' | 'up-to' | 'about'; words: string } | undefined {
  const w = text.slice(Math.max(0, at - 6), at);
  // "远超 32k 的 X" compares with X; it does not qualify X's value.
  if (/远超\s*$/.test(w)) return undefined;
  const hit = (kind: 'more-than' | 'up-to' | 'about', re: RegExp) => {
    const m = re.exec(w);
    return m ? { kind, words: w.slice(m.index) } : undefined;
  };
  return (
    hit('more-than', /(超过|超|大于|逾|突破|(?<!首)破|多于|不止)\s*$/) ??
    // "最多有 700 亿", "最高达 1400 亿": the qualifier and a verb of having or reaching.
    hit('up-to', /(最多|最高|至多|不超过|上限)\s*(?:有|达|为|可达)?\s*$/) ??
    hit('about', /(约|近|大约|接近|约为|左右)\s*$/)
  );
}
