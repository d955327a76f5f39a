/**
 * Chinese queries must match the phrase typed: 文心雕龙 must not find pages that only contain
 * 文心一言. Pagefind segments Chinese into words and matches the pieces, and its quoted-phrase
 * search depends on how each text was segmented, so runs of CJK characters are searched unquoted
 * (for recall) and then required verbatim in each result's content (for precision).
 */
import { aliasKey, NAME_SEPARATOR } from '../schemas/alias-key.ts';

export interface ParsedQuery {
  /** What to send to Pagefind. */
  pagefind: string;
  /** Texts every result must contain verbatim (CJK runs and quoted phrases). */
  phrases: string[];
  /**
   * The other words typed (Latin words, numbers), lowercased: every result must contain each, so a
   * word Pagefind only matched by its beginning ("xyzzy" against "X-VLM") finds nothing.
   */
  words: string[];
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]{2,}/g;

export function parseQuery(q: string): ParsedQuery {
  const phrases: string[] = [];
  const kept: string[] = [];
  let rest = q.trim().replace(/"([^"]*)"/g, (_m, inner: string) => {
    const t = inner.trim();
    if (t) {
      phrases.push(t);
      // Sent to Pagefind unquoted (its phrase search misses phrases with a hyphenated word, "GPT-4 Turbo"),
      // then required verbatim in each result, like a Chinese run.
      kept.push(t);
    }
    return ' ';
  });
  rest = rest.replace(CJK_RUN, (run) => {
    phrases.push(run);
    kept.push(run);
    return ' ';
  });
  const words = rest.split(/\s+/).filter(Boolean);
  kept.push(...words);
  return { pagefind: kept.join(' '), phrases, words: words.map((w) => w.toLowerCase()).filter((w) => w.length > 1) };
}

/**
 * Text as words are looked for in it: lowercase, without the space a report may print between a number
 * or Latin word and Chinese ("2024 年", "1750 亿"), so "2024年" is found either way.
 */
export const squeeze = (text: string): string => text.toLowerCase().replace(/(?<=[0-9a-z%])[ \t]+(?=[\u3400-\u9fff])|(?<=[\u3400-\u9fff])[ \t]+(?=[0-9a-z])/g, '');

/** Does a result's text contain every typed word (a plural also as its singular: "models" finds "model")? */
export function containsWords(text: string, words: string[]): boolean {
  const t = squeeze(text);
  return words.map(squeeze).every((w) => t.includes(w) || (w.length > 3 && w.endsWith('s') && t.includes(w.slice(0, -1))));
}

/** Does a result's text contain every phrase (ignoring case and spacing differences)? */
export function containsPhrases(text: string, phrases: string[]): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, '');
  const t = norm(text);
  return phrases.every((p) => t.includes(norm(p)));
}

/**
 * Bracket the hidden alias hint after a report line's text (the names of the entities the line
 * mentions, so search finds the line by any alias). Excerpts leave out what lies between them.
 */
export const ALIAS_MARK = '\u2063';
export const ALIAS_END = '\u2064';
/** Inside a hint, each entity's names are a group: names joined by ", ", groups by " · ". */
const NAME_JOIN = ', ';
const GROUP_JOIN = ' · ';

/** The hidden hint for a line mentioning these entities (each given by its names). */
export const aliasHint = (groups: string[][]): string => (groups.length ? ` ${ALIAS_MARK} ${groups.map((g) => g.join(NAME_JOIN)).join(GROUP_JOIN)} ${ALIAS_END}` : '');

/**
 * The names a line prints for the entity a query names through its hint (`hint`: text holding the
 * line's bracketed hints): "ERNIE Bot" typed, the line says 文心一言 (hint group "ERNIE Bot, 文心一言,
 * 文心一言大模型, …") → ["文心一言"]. Only the group of the entity the query names (one of its names is
 * the query, as the registry compares names): "Runway" is not Gen-2, whose names hold "Runway Gen-2".
 * Longest first; one-letter names never (DALL·E's pieces are not names).
 */
export function namesPrinted(line: string, hint: string, q: string): string[] {
  const text = line.toLowerCase();
  const key = queryKey(q);
  const hints = [...hint.matchAll(new RegExp(`${ALIAS_MARK}([^${ALIAS_END}]*)`, 'g'))].map((m) => m[1]!);
  const groups = hints.flatMap((h) => h.split(GROUP_JOIN)).map((g) => g.split(NAME_JOIN).map((n) => n.trim()).filter((n) => n.length > 1));
  const group = groups.find((g) => g.some((n) => aliasKey(n) === key));
  if (!group) return [];
  return group.filter((n) => text.includes(n.toLowerCase())).sort((a, b) => b.length - a.length);
}

/**
 * Text without alias hints: each bracketed hint, a hint cut off by the end of the text, and the tail
 * of a hint the text starts inside (an excerpt's window may begin or end within one).
 */
export function withoutAliases(text: string): string {
  const end = text.indexOf(ALIAS_END);
  const start = text.indexOf(ALIAS_MARK);
  const from = end >= 0 && (start < 0 || end < start) ? text.slice(end + 1) : text;
  return from.replace(new RegExp(`${ALIAS_MARK}[^${ALIAS_END}]*(?:${ALIAS_END}|$)`, 'g'), ' ').replace(/\s{2,}/g, ' ').trim();
}

const esc = (s: string) => s.replace(/&(?!(?:amp|lt|gt|quot|#39);)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The stretch of `text`, `width` characters long, that shows the first of `terms` (case ignored) a
 * third of the way in; the whole text when it is short, its start when no term is in it.
 */
export function excerptWindow(text: string, terms: readonly string[], width: number): { start: number; end: number } {
  const lower = text.toLowerCase();
  const hits = terms.filter(Boolean).map((t) => lower.indexOf(t.toLowerCase())).filter((i) => i >= 0);
  const start = hits.length ? Math.max(0, Math.min(Math.min(...hits) - Math.floor(width / 3), text.length - width)) : 0;
  return { start, end: Math.min(text.length, start + width) };
}

/**
 * An excerpt of the report line a result matched: about `width` characters around the first typed
 * term, every term marked, everything else escaped (report text is never markup). Pagefind's own
 * excerpt is of the whole page and may come from another part of it.
 */
export function lineExcerpt(text: string, terms: string[], width = 120): string {
  const wanted = [...new Set(terms.map((t) => t.toLowerCase()).filter(Boolean))].sort((a, b) => b.length - a.length);
  const { start, end } = excerptWindow(text, wanted, width);
  const slice = text.slice(start, end);
  const low = slice.toLowerCase();
  let out = '';
  for (let i = 0; i < slice.length; ) {
    const t = wanted.find((w) => low.startsWith(w, i));
    if (t) {
      out += `<mark>${esc(slice.slice(i, i + t.length))}</mark>`;
      i += t.length;
    } else out += esc(slice[i++]!);
  }
  return `${start > 0 ? '…' : ''}${out}${end < text.length ? '…' : ''}`;
}


/** An element with an id on an indexed page, as Pagefind reports it: where it starts (in words) and its text. */
export interface PageAnchor {
  id: string;
  text?: string;
  location: number;
}

const FIGURE_ID = /^(?:fig|tab)-l?\d+$/;

/**
 * Where a report line sits: the section heading (`#s-<line>`) it falls under and the figure or table
 * (`#fig-4`, `#tab-1`, or by line for an unnumbered one, `#fig-l864`; each ends at `#<id>-end`) it is
 * inside, as their text. `anchors` sorted by location; `line` the line's id ("L185").
 */
export function placeOf(anchors: readonly PageAnchor[], line: string): { section?: string; figure?: string } {
  const own = anchors.find((a) => a.id === line);
  if (!own) return {};
  const textOf = (id: string) => withoutAliases(anchors.filter((a) => a.id === id || a.id.startsWith(`${id}c`)).map((a) => a.text ?? '').join(' ')).trim();
  let section: string | undefined;
  let figure: PageAnchor | undefined;
  for (const a of anchors) {
    if (a.location > own.location) break;
    const heading = /^s-(\d+)$/.exec(a.id);
    if (heading) section = textOf(`L${heading[1]}`);
    else if (FIGURE_ID.test(a.id)) figure = a;
    else if (figure && a.id === `${figure.id}-end`) figure = undefined;
  }
  // A figure's first line with text is its caption ("图 4：Gemini 基准测试量化结果").
  const caption = figure ? anchors.find((a) => a.location >= figure.location && /^L\d+$/.test(a.id) && withoutAliases(a.text ?? '') !== '') : undefined;
  return { ...(section ? { section } : {}), ...(caption ? { figure: textOf(caption.id) } : {}) };
}

/** What was typed, compared as the registry compares names (quotes around it aside). */
const queryKey = (q: string): string => aliasKey(q.replace(/["“”]/g, ''));

/**
 * Where a line prints the typed words together, as a name is written ("LLAMA 2" in "Llama-2-chat",
 * "LLaMA 2 70B"): the stretches of `text` whose alias key (case, spaces and hyphens aside) is the
 * query's. Empty when the words only occur apart ("84.2% LLaMA" holds "llama" and "2", not "LLaMA 2").
 * A Latin name stands alone: not inside a longer word or version ("PaLM 2" is not in "Med-PaLM 2",
 * "GPT-3" not in "GPT-3.5", "GPT-4" not in "GPT-4V"); Chinese around it is fine ("使用GPT-4模型"), and
 * so is a hyphenated variant ("Llama-2-chat").
 */
export function tightMatches(text: string, q: string): string[] {
  const key = queryKey(q);
  if (key.length < 2) return [];
  const sep = NAME_SEPARATOR.source;
  const latin = /[a-z0-9]/;
  const pattern = [...key].map((ch) => ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join(`${sep}*`);
  const before = latin.test(key[0]!) ? '(?<![A-Za-z0-9])(?<![A-Za-z][-‐‑])' : '';
  // A one-digit version at the end does not go on into a point release ("Claude 2" is not "Claude 2.1"),
  // though ".0" is the same version ("ERNIE 4" is "ERNIE 4.0"); a longer number may ("MMLU 90" finds "MMLU 90.04").
  const version = /(?:^|\D)\d$/.test(key) ? '(?!\\.(?!0(?![0-9.]))\\d)' : '';
  const after = latin.test(key[key.length - 1]!) ? `(?![A-Za-z0-9])${version}` : '';
  return [...text.normalize('NFKC').matchAll(new RegExp(`${before}${pattern}${after}`, 'giu'))].map((m) => m[0]);
}

/** Does the text print what was typed, together (see `tightMatches`)? A query too short to tell always does. */
export const printsQuery = (text: string, q: string): boolean => queryKey(q).length < 2 || tightMatches(text, q).length > 0;

/**
 * Is the query one of the names (an entity page's name or alias, joined by " | ")? Compared as the
 * registry compares aliases (GPT4 = GPT-4, ernie bot = ERNIE Bot), quotes around the query aside.
 */
export function namesMatch(names: string | undefined, q: string): boolean {
  const k = queryKey(q);
  return k !== '' && (names ?? '').split(' | ').some((n) => aliasKey(n) === k);
}
