import { wordsPattern } from './text.ts';

/** One score read from a table cell or phrase. */
export interface CellScore {
  value: number;
  percent: boolean;
  /**
   * What the cell prints after the number, without footnote marks: a setting ("CoT@32"), a model
   * ("5-shot U-PaLM" in "70.7% 5-shot U-PaLM [44]"), or both. The table reader decides which.
   */
  rest: string;
  printed: string;
}

const EMPTY = /^\s*(?:[-—–―‐]+|N\/?A|n\/a|\/|—+|-+|–+|✗|✓|×)?\s*$/;
const NUMBER_AT = /^\s*[<>≈~]?\s*(\d+(?:\.\d+)?)\s*(%|％)?(?:\s*\/\s*\d+(?:\.\d+)?%?)?\**/;
/** Settings every report writes the same way: shots, chain of thought, majority voting, pass@k. */
const SETTING = String.raw`(?<!\d)\d+\s*(?:-\s*)?shots?|zero[- ]?shot|few[- ]?shot|\bCoT\b(?:@\d+)?|chain[- ]of[- ]thought|Maj[1l]@\d+|pass\s*@\s*\d+`;
const settingRes = new WeakMap<readonly string[], RegExp>();

/**
 * One spelling per setting, so a score read under "5 shot" groups with one under "5-shot": n-shot,
 * 0-shot for zero-shot, CoT for chain-of-thought, Maj1@k (an OCR "Majl@k" too), pass@k. The rest of
 * the setting is kept as written; the cell as printed stays in the result's `printed`.
 */
export function canonicalSetting(s: string | null): string | null {
  if (s === null) return null;
  return s
    .replace(/(?<![\d.])(\d+)\s*(?:-\s*)?shots?\b/gi, '$1-shot')
    .replace(/\bzero[- ]?shot\b/gi, '0-shot')
    .replace(/\bfew[- ]?shot\b/gi, 'few-shot')
    .replace(/\bchain[- ]of[- ]thought\b/gi, 'CoT')
    .replace(/\bcot\b/gi, 'CoT')
    .replace(/\bMaj[1l]@(\d+)/gi, 'Maj1@$1')
    .replace(/\bpass\s*@\s*(\d+)/gi, 'pass@$1');
}

/** Is this text an evaluation setting: a general pattern, or a word from the registry (wording.yaml `settings`)? */
export function looksLikeSetting(s: string, words: readonly string[]): boolean {
  return settingStart(s, words) >= 0;
}

function settingRe(words: readonly string[]): RegExp {
  let re = settingRes.get(words);
  if (!re) settingRes.set(words, (re = new RegExp(`${SETTING}|${wordsPattern(words)}`, 'i')));
  return re;
}

/** Where the first setting word starts in this text, or -1. */
export function settingStart(s: string, words: readonly string[]): number {
  return settingRe(words).exec(s)?.index ?? -1;
}

/** The first setting phrase in this text ("zero-shot" in "UCF-101 zero-shot text-to-video generation"), or null. */
export function settingPhrase(s: string, words: readonly string[]): string | null {
  return settingRe(words).exec(s)?.[0] ?? null;
}

/** Does the text right after a model name make it a prompt style ("Minerva prompt"), not a mention of the model? */
export const namesPromptStyle = (after: string): boolean => /^\s*prompt/i.test(after);

/** Remove footnote and reference marks: "*", "**", "†", "[43]". */
export function stripMarks(s: string): string {
  return s
    .replace(/\[\d+(?:,\s*\d+)*\]/g, '')
    .replace(/[*†‡§]+/g, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/**
 * Read the scores in a table cell. "—", "-" and blanks are empty; "95.8/98.9" keeps its first
 * number; "58.5% 4-shot Minerva prompt 59.4% 7-shot" gives two scores, each with the text after
 * it in `rest`.
 */
export function parseScoreCell(cell: string): CellScore[] {
  const text = cell.replace(/\s+/g, ' ').trim();
  if (EMPTY.test(text)) return [];
  const out: CellScore[] = [];
  let rest = text;
  let guard = 0;
  while (rest.length > 0 && guard++ < 4) {
    const m = NUMBER_AT.exec(rest);
    if (!m) break;
    const after = rest.slice(m[0].length);
    const next = /(?:^|\s)[<>≈~]?\d+(?:\.\d+)?\s*%/.exec(after);
    const tail = next ? after.slice(0, next.index) : after;
    const printed = (m[0] + tail).trim();
    out.push({ value: Number(m[1]), percent: Boolean(m[2]), rest: stripMarks(tail), printed });
    rest = next ? after.slice(next.index).trim() : '';
  }
  return out;
}
