/** A date as printed, resolved to ISO with its precision. */
export interface DateMention {
  start: number;
  end: number;
  printed: string;
  year?: number;
  month?: number;
  day?: number;
  /** The year was not printed and must come from context. */
  yearMissing: boolean;
  /** The year was named relative to the time of writing ("去年 11 月": -1): the report's year plus this. */
  yearOffset?: number;
}

/** Years named relative to the time of writing. */
const RELATIVE_YEARS: Record<string, number> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };

const Y = String.raw`((?:19|20)\d{2}|\d{2})`;
const PATTERNS: Array<{ re: RegExp; parts: Array<'y' | 'm' | 'd' | 'r'> }> = [
  { re: new RegExp(String.raw`(${Object.keys(RELATIVE_YEARS).join('|')})\s*(\d{1,2})\s*月(?:份)?(?:\s*(\d{1,2})\s*[日号])?`, 'g'), parts: ['r', 'm', 'd'] },
  { re: new RegExp(String.raw`(?<![\d.])${Y}\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]`, 'g'), parts: ['y', 'm', 'd'] },
  { re: new RegExp(String.raw`(?<![\d.])${Y}\s*年\s*(\d{1,2})\s*月(?:份)?`, 'g'), parts: ['y', 'm'] },
  { re: /(?<![\d.])((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d.%])/g, parts: ['y', 'm', 'd'] },
  // ISO and slashed days ("2024-12-05", "2024/12/05"), never part of a longer run of numbers.
  { re: /(?<![\d.\-/])((?:19|20)\d{2})[-/](\d{1,2})[-/](\d{1,2})(?![\d.%\-/])/g, parts: ['y', 'm', 'd'] },
  { re: /(?<![\d.])((?:19|20)\d{2})\.(\d{1,2})(?![\d.%])/g, parts: ['y', 'm'] },
  { re: /(?<![\d.]|\d\s*[-–~至到]\s*)((?:19|20)\d{2})\s*年(?:底|末|初|中|上半年|下半年)?(?!代|起|以来|至今|\s*\d|\s*[-–~至])/g, parts: ['y'] },
  { re: /(?<![\d.年])(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, parts: ['m', 'd'] },
  // A month alone ("2 月发布"): not a month count ("3 个月"), a range ("1-2 月"), a month of a year named in words
  // ("去年 11 月", whose year this pattern cannot know), a day ("2 月 15 日" is read above) or 月活/月均 ("Claude 3 月活用户").
  { re: /(?<![\d.~～\-–至到第]|年\s*)(\d{1,2})\s*月(?:份)?(?![\d日号度活均])/g, parts: ['m'] },
];

/** Find every date in the text; a later pattern never overlaps an earlier, more precise match. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const d: DateMention = { start, end, printed: m[0], yearMissing: !parts.includes('y') };
      parts.forEach((p, i) => {
        if (m![i + 1] === undefined) return;
        if (p === 'r') return void (d.yearOffset = RELATIVE_YEARS[m![i + 1]!]);
        const v = Number(m![i + 1]);
        if (p === 'y') d.year = v < 100 ? 2000 + v : v;
        if (p === 'm') d.month = v;
        if (p === 'd') d.day = v;
      });
      if (d.month !== undefined && (d.month < 1 || d.month > 12)) continue;
      if (d.day !== undefined && (d.day < 1 || d.day > 31)) continue;
      if (d.year !== undefined && (d.year < 1950 || d.year > 2099)) continue;
      taken.push([start, end]);
      found.push(d);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** ISO string for a date with a known year. */
export function isoDate(d: { year: number; month?: number; day?: number }): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return d.month === undefined ? String(d.year) : d.day === undefined ? `${d.year}-${p(d.month)}` : `${d.year}-${p(d.month)}-${p(d.day)}`;
}

/**
 * Give a year-less day to the latest year in which that day is not after the report date
 * ("2 月 15 日" in a report of 2024-03 is 2024-02-15; "3 月 14 日" in a report of 2024-02 is 2023-03-14).
 */
export function yearFromReportDate(month: number, day: number | undefined, reportDate: string | null): number | undefined {
  if (!reportDate) return undefined;
  const [y, m = 12, d = 31] = reportDate.split('-').map(Number) as [number, number?, number?];
  const after = month > m || (month === m && (day ?? 1) > d);
  return after ? y - 1 : y;
}
