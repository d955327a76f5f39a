/** Small text helpers shared by the stages. Pure functions. */
import { isCjk } from '../../src/schemas/plain-text.ts';

const PRIVATE_USE = /[\uE000-\uF8FF]/g;

/** Clean one source line for display and matching: PDF glyph bullets become "•", odd spaces become spaces. */
export function cleanLine(raw: string): string {
  const t = raw
    .replace(PRIVATE_USE, '•')
    .replace(/[\u00A0\u2002-\u200A\u3000\u202F]/g, ' ')
    .replace(/[\u200B-\u200D\u2060]/g, '');
  // Trailing spaces only (tabs are empty table cells). A loop: / +$/ retries from every space of a long run.
  let end = t.length;
  while (end > 0 && t.charCodeAt(end - 1) === 32) end--;
  return end === t.length ? t : t.slice(0, end);
}

/** Is the code point a CJK ideograph or CJK punctuation? (Shared with the site: src/schemas/plain-text.ts.) */
export { isCjk };

/** Sentence spans of a paragraph: split after 。！？!? (and ". " before a capital). */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && /\s/.test(text[s]!)) s++;
    let e = end;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '。' || ch === '！' || ch === '？' || ch === '\n') {
      let j = i + 1;
      while (j < text.length && /[”’」』）)】]/.test(text[j]!)) j++;
      push(j);
      i = j - 1;
    } else if ((ch === '!' || ch === '?' || ch === '.') && /\s/.test(text[i + 1] ?? '') && (/[A-Z“"]/.test(text[i + 2] ?? '') || /^\d{1,2}\.\s/.test(text.slice(i + 2, i + 6)))) {
      // The number of a list item ("1. Identify …") is not a sentence; the next item's number starts one.
      if (ch === '.' && /^\s*\d{1,2}$/.test(text.slice(start, i))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return spans.flatMap((sp) => (sp.end - sp.start > MAX_SENTENCE ? cutLong(text, sp) : [sp]));
}

/**
 * Longest sentence read as one (the seeds' longest is under 800 characters). Text without
 * sentence punctuation (lost line breaks, a table flattened into one line) is cut into pieces
 * this long, so the per-sentence readers stay linear in the length of the report.
 */
const MAX_SENTENCE = 2000;

/** Cut an overlong span at the last comma, semicolon or space before each limit. */
function cutLong(text: string, sp: { start: number; end: number }): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  let s = sp.start;
  while (sp.end - s > MAX_SENTENCE) {
    let e = s + MAX_SENTENCE;
    const floor = s + MAX_SENTENCE / 2;
    while (e > floor && !/[，,；;\s]/.test(text[e - 1]!)) e--;
    if (e === floor) e = s + MAX_SENTENCE;
    out.push({ start: s, end: e });
    s = e;
    while (s < sp.end && /\s/.test(text[s]!)) s++;
  }
  if (sp.end > s) out.push({ start: s, end: sp.end });
  return out;
}

/** Stable lowercase slug for ids: ASCII letters and digits, other runs become "-". */
export function slugify(s: string): string {
  const ascii = s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\+/g, '-plus-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length > 0) return ascii.slice(0, 80).replace(/-+$/, '');
  // Names with no ASCII at all get a stable hex slug of their code points.
  return 'x-' + [...s].slice(0, 12).map((c) => c.codePointAt(0)!.toString(16)).join('-');
}

/** Binary search: index of the last start offset ≤ pos. */
export function lastAtOrBefore(starts: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) {
      ans = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return ans;
}

/** Redact personal contact details: phone numbers and e-mail addresses. */
export function redactContacts(s: string): string {
  return s
    .replace(/(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,24}/g, '[e-mail redacted]')
    .replace(/(?<![\dA-Za-z])(?:\+?86[- ]?)?1[3-9]\d{9}(?!\d)/g, '[phone redacted]')
    .replace(/(?<![\dA-Za-z])0\d{2,3}[- ]?\d{7,8}(?!\d)/g, '[phone redacted]');
}

/** Escape a string for use inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular-expression alternation of curated words, longest first; words that start or end with
 * a Latin letter or digit only match as whole words ("IT" is not in "ITEM").
 */
export function wordsPattern(words: readonly string[]): string {
  const alt = [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => `${/^[A-Za-z0-9]/.test(w) ? '(?<![A-Za-z0-9])' : ''}${escapeRegExp(w)}${/[A-Za-z0-9]$/.test(w) ? '(?![A-Za-z0-9])' : ''}`);
  return alt.length ? `(?:${alt.join('|')})` : '(?!)';
}

/**
 * A line a PDF drew twice to fake bold, each run of text repeated ("1.11.1 发展历程：…，发展历程：…，AIAI行业快速发展行业快速发展"),
 * read once ("1.1 发展历程：…，AI行业快速发展"). A line most of whose text is not doubled comes back unchanged
 * ("2022 年" keeps its "22"). Meant for short lines (a heading): the work is about 40² steps per character.
 */
export function undoubled(s: string): string {
  let out = '';
  let doubled = 0;
  for (let i = 0; i < s.length; ) {
    let run = 0;
    for (let len = 1; len <= 40 && i + 2 * len <= s.length; len++) {
      if (s.startsWith(s.slice(i, i + len), i + len)) {
        run = len;
        break;
      }
    }
    if (run > 0 && s.slice(i, i + run).trim() !== '') {
      out += s.slice(i, i + run);
      doubled += 2 * run;
      i += 2 * run;
    } else out += s[i++];
  }
  return doubled >= 0.8 * s.replace(/\s/g, '').length ? out : s;
}

/** Cells of a line whose columns are set apart by runs of two or more spaces (no tabs). */
const spacedCells = (line: string): string[] => (line.includes('\t') ? [] : line.trim().split(/ {2,}|\u3000+/).filter((c) => c !== ''));
const NUMBER_CELL = /^[-+]?\d+(?:\.\d+)?%?$/;
/** Fewest rows (header included) and columns for a run of lines to be a space-aligned table. */
const SPACED_ROWS = 3;
const SPACED_COLUMNS = 3;

/**
 * Tables a converter laid out with spaces ("排名    模型            总分      理科"): a run of at least three
 * lines (a blank line between two is allowed) with the same number (three or more) of columns set apart
 * by runs of spaces, at least two of them holding a number after the first column, is rewritten with
 * tabs between its cells, so the segmenter reads it as the tab-separated table it is. Other lines are
 * returned as they are (an analyst line "张三  分析师  执业证书编号…" has no such run).
 */
export function spacedTablesToTabs(lines: readonly string[]): string[] {
  const out = [...lines];
  let i = 0;
  while (i < lines.length) {
    const k = spacedCells(lines[i]!).length;
    if (k < SPACED_COLUMNS) {
      i++;
      continue;
    }
    const rows = [i];
    let j = i + 1;
    while (j < lines.length) {
      const next = lines[j]!.trim() === '' && j + 1 < lines.length ? j + 1 : j;
      if (spacedCells(lines[next]!).length !== k) break;
      rows.push(next);
      j = next + 1;
    }
    const numeric = rows.filter((r) => spacedCells(lines[r]!).slice(1).some((c) => NUMBER_CELL.test(c))).length;
    if (rows.length >= SPACED_ROWS && numeric >= 2) for (const r of rows) out[r] = spacedCells(lines[r]!).join('\t');
    i = rows[rows.length - 1]! + 1;
  }
  return out;
}
