/** Search page: Pagefind's JS API with phrase-matching Chinese queries, filters and deep links. */
import { containsPhrases, containsWords, lineExcerpt, namesMatch, namesPrinted, parseQuery, placeOf, printsQuery, squeeze, tightMatches, withoutAliases } from '../lib/search-query.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
  locations: number[];
  anchors: Array<{ element: string; id: string; text?: string; location: number }>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o?: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string | { any: string[] }> }): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const moreButton = document.querySelector<HTMLButtonElement>('#more-results')!;
const FILTERS = ['type', 'report', 'broker', 'year'] as const;
/** Results put on screen at a time (each loads its page's fragment); "More results" adds as many again. */
const SHOWN = 10;
/** Hits whose fragments are loaded at once. */
const BATCH = 10;
/** Characters of a page's text shown around what was typed, for results other than report lines. */
const EXCERPT_CHARS = 400;
const MAX_CHECKED = 400;
/** Further matched lines of a result listed before the rest fold away. */
const ALSO_SHOWN = 8;

const url = '/pagefind/pagefind.js';
const ready: Promise<Pagefind> = (async () => {
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ excerptLength: 40 });
  // Pagefind picks its index and query segmentation from <html lang> when it starts. The index is
  // Chinese (forceLanguage: zh) but this page is in English, so start it under lang="zh" briefly;
  // otherwise 文心一言 is not split into words and matches almost nothing.
  const html = document.documentElement;
  const pageLang = html.lang;
  html.lang = 'zh';
  const started = pf.filters();
  html.lang = pageLang;
  await started;
  // Large sites are indexed in chunks; merge them (they share the primary's WebAssembly).
  const chunks = (await fetch('/pagefind/chunks.json').then((r) => (r.ok ? r.json() : [])).catch(() => [])) as string[];
  for (const path of chunks) await pf.mergeIndex(path);
  // Fill the filter selects from the (merged) index, keeping a value chosen from the URL.
  const available = await pf.filters();
  for (const name of FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (!select) continue;
    const wanted = select.dataset['wanted'] ?? select.value;
    // Names only: Pagefind's counts are of the whole site, not of the query's results.
    for (const value of Object.keys(available[name] ?? {}).sort()) {
      const opt = document.createElement('option');
      opt.value = value;
      opt.textContent = value;
      select.append(opt);
    }
    if (wanted) select.value = wanted;
  }
  return pf;
})();

const params = new URLSearchParams(location.search);
if (params.has('q')) input.value = params.get('q') ?? '';
for (const name of FILTERS) {
  const v = params.get(name);
  const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (v && select) select.dataset['wanted'] = v;
}

/** A report line's anchor: the line itself ("L603"), a cell of a table line ("L603c2") or its alias hint ("L603h"). */
const LINE_ANCHOR = /^L(\d+)(?:([ch])\d*)?$/;

/**
 * The report lines a result matched: Pagefind gives the word positions of the matches and the
 * position of every element with an id; a match belongs to the last line anchor (#L…) before it.
 * A line is kept only when its text holds what was typed (the phrases, else one of the words): a
 * Chinese query is searched in pieces, and a piece alone does not make a line a match.
 */
function matchedLines(d: PagefindResult, phrases: string[], terms: string[], q: string): Array<{ id: string; text: string; full: string; matches: number; all: boolean; tight: boolean; literal: boolean }> {
  const anchors = d.anchors.filter((x) => LINE_ANCHOR.test(x.id)).sort((x, y) => x.location - y.location);
  if (anchors.length === 0) return [];
  // Each line's text: its own, or its cells joined, with its alias hint kept apart.
  const texts = new Map<string, { cells: string[]; hint: string }>();
  const lineOf = (a: { id: string }) => `L${LINE_ANCHOR.exec(a.id)![1]}`;
  for (const a of anchors) {
    const t = texts.get(lineOf(a)) ?? texts.set(lineOf(a), { cells: [], hint: '' }).get(lineOf(a))!;
    if (LINE_ANCHOR.exec(a.id)![2] === 'h') t.hint += ` ${a.text ?? ''}`;
    else if (a.text) t.cells.push(a.text);
  }
  const words = terms.map(squeeze);
  const hit = new Map<string, { id: string; text: string; full: string; matches: number }>();
  for (const loc of [...d.locations].sort((x, y) => x - y)) {
    // Matches before the first line (title, metadata, the contents list) are not report lines.
    if (loc < anchors[0]!.location) continue;
    let lo = 0;
    let hi = anchors.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (anchors[mid]!.location <= loc) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const id = lineOf(anchors[best]!);
    let h = hit.get(id);
    if (!h) {
      const t = texts.get(id)!;
      // `full` keeps the alias hint (a line found by an alias ranks by it); `text` is what is shown.
      const own = t.cells.join(' | ');
      h = { id, full: `${own} ${t.hint}`, text: withoutAliases(own), matches: 0 };
      hit.set(id, h);
    }
    h.matches++;
  }
  const holds = (l: { full: string }) => (phrases.length > 0 ? containsPhrases(l.full, phrases) : words.some((w) => squeeze(l.full).includes(w)));
  const score = (l: { full: string }) => words.filter((w) => squeeze(l.full).includes(w)).length;
  const typed = [...phrases, ...words].map(squeeze);
  const literal = (l: { text: string }) => (typed.length > 0 && typed.every((t) => squeeze(l.text).includes(t)) ? 1 : 0);
  // A line that prints what was typed together and on its own ("LLaMA 2"; "GPT-3", not "GPT-3.5"), or names it by an alias in its hint.
  const together = (l: { full: string }) => (printsQuery(l.full, q) ? 1 : 0);
  // Of those, a line whose own text (not its hint) prints it together ("Gemini Pro", not "Gemini 1.5 Pro" with "1.0 Pro" hinted).
  const printed = (l: { text: string }) => (printsQuery(l.text, q) ? 1 : 0);
  const held = [...hit.values()].filter(holds).map((l, i) => ({ l, i, s: score(l), lit: literal(l), tight: together(l), own: printed(l) }));
  // Lines holding the most of the typed words, only: "LLaMA 2" offers the lines with both, not every line with a 2.
  const most = Math.max(0, ...held.map((x) => x.s));
  // Of those, lines that print what was typed (not only another name of what they mention), then
  // lines with more matches, come first; ties keep page order.
  return held
    .filter((x) => x.s === most)
    .sort((a, b) => b.tight - a.tight || b.own - a.own || b.lit - a.lit || b.l.matches - a.l.matches || a.i - b.i)
    .map(({ l, s, tight, lit }) => ({ id: l.id, text: l.text, full: l.full, matches: l.matches, all: s === words.length, tight: tight === 1, literal: lit === 1 }));
}

let seq = 0;
/** The query (and filters) the results on screen are for. */
let shownQuery: string | null = null;

/** One query's results: Pagefind's hits, those loaded and sorted into bands so far, and those on screen. */
interface Session {
  q: string;
  parsed: ReturnType<typeof parseQuery>;
  terms: string[];
  hits: Array<{ data(): Promise<PagefindResult> }>;
  checked: number;
  bands: PagefindResult[][];
  linesOf: Map<PagefindResult, ReturnType<typeof matchedLines>>;
  /** Results that print what was typed together (a line of a report, or the page's text). */
  tight: Set<PagefindResult>;
  /** The query names an entity whose page the filters leave out (Type: report). */
  named: boolean;
  shown: Set<PagefindResult>;
}
let session: Session | null = null;

/**
 * Load hits in batches and sort those that contain the typed phrases and words verbatim into five
 * bands, in Pagefind's order within each: the entity page named by what was typed (GPT-4 finds the
 * GPT-4 page first); reports with a line printing the typed words together (a sentence or a row);
 * reports with a line holding them apart ("84.2% LLaMA" for "LLaMA 2", or a row with 86.4 under
 * MMLU); pages that gather what reports say (a note, the market figures) printing them together; then
 * the rest (entity pages that only mention it, reports whose words are on different lines). Stops
 * once the first four bands hold `want`, so a broad query (Google) still shows report lines, and a big
 * site loads only the fragments of the results it shows.
 */
async function fill(s: Session, want: number): Promise<void> {
  const top = () => s.bands.slice(0, 4).reduce((n, band) => n + band.filter((d) => shows(s, d)).length, 0);
  while (top() < want && s.checked < Math.min(s.hits.length, MAX_CHECKED)) {
    const batch = await Promise.all(s.hits.slice(s.checked, s.checked + BATCH).map((r) => r.data()));
    s.checked += batch.length;
    for (const d of batch) {
      const text = `${d.meta['title'] ?? ''} ${d.content}`;
      if (!containsPhrases(text, s.parsed.phrases) || !containsWords(text, s.parsed.words)) continue;
      const lines = matchedLines(d, s.parsed.phrases, s.terms, s.q);
      s.linesOf.set(d, lines);
      const entity = d.meta['names'] !== undefined;
      // A page without report lines (a note) ranks by its text the same way: the words together, or apart.
      const together = lines.length > 0 ? lines[0]!.all && lines[0]!.tight : printsQuery(withoutAliases(d.content), s.q);
      if (lines.length > 0 ? together : printsQuery(`${d.meta['title'] ?? ''} ${d.content}`, s.q)) s.tight.add(d);
      const held = lines.length === 0 || lines[0]!.all;
      // A page that gathers what the reports say (a note, the market figures) comes after the report lines themselves.
      const band = namesMatch(d.meta['names'], s.q) ? 0 : entity ? 4 : lines.length === 0 ? (together ? 3 : 4) : together ? 1 : held ? 2 : 4;
      s.bands[band]!.push(d);
    }
  }
}

/**
 * Is a result one to show? When what was typed names an entity (its page is in band 0, or the filters
 * left that page out: "ERNIE 4.0", "PaLM 2", "GPT-3"), only results that print that name (or an alias
 * of it) are: a line with "ERNIE" and a "4" apart, "Med-PaLM 2" or "GPT-3.5" is about something else.
 */
const shows = (s: Session, d: PagefindResult) => (!s.named && s.bands[0]!.length === 0) || s.tight.has(d) || s.bands[0]!.includes(d);
/** Results loaded but not yet on screen, best band first. */
const waiting = (s: Session) => s.bands.flat().filter((d) => !s.shown.has(d) && shows(s, d));
/** Could "more results" find anything: loaded results not shown, or hits not yet loaded. */
const hasMore = (s: Session) => waiting(s).length > 0 || s.checked < Math.min(s.hits.length, MAX_CHECKED);

/** Put the next page of results on screen (after those already there) and say how many there are. */
function showNext(s: Session): HTMLLIElement[] {
  const next = waiting(s).slice(0, SHOWN);
  for (const d of next) s.shown.add(d);
  const items = next.map((d) => resultItem(d, s.linesOf.get(d)!, s));
  list.append(...items);
  const n = s.shown.size;
  const more = hasMore(s);
  status.textContent = `${n}${more ? '+' : ''} result${n === 1 ? '' : 's'} for ${s.q}`;
  moreButton.hidden = !more;
  return items;
}

/**
 * Does the query name an entity whose page the filters leave out? Asked of the entity pages alone,
 * without the filters (their first few results: a name's own page comes first).
 */
async function namesEntity(pagefind: Pagefind, terms: string, q: string, filters: Record<string, string>): Promise<boolean> {
  if (Object.keys(filters).length === 0) return false;
  const res = await pagefind.search(terms, { filters: { type: { any: ['model', 'vendor', 'benchmark'] } } });
  const first = await Promise.all(res.results.slice(0, 5).map((r) => r.data()));
  return first.some((d) => namesMatch(d.meta['names'], q));
}

/** Search Pagefind for a query and load its first page of results. */
async function open(pagefind: Pagefind, q: string, filters: Record<string, string>): Promise<Session> {
  const parsed = parseQuery(q);
  const res = await pagefind.search(parsed.pagefind, { filters });
  const s: Session = {
    named: await namesEntity(pagefind, parsed.pagefind, q, filters),
    q,
    parsed,
    terms: parsed.pagefind.split(/\s+/).filter(Boolean),
    hits: res.results,
    checked: 0,
    bands: [[], [], [], [], []],
    linesOf: new Map(),
    tight: new Set(),
    shown: new Set(),
  };
  await fill(s, SHOWN);
  return s;
}

async function run(): Promise<void> {
  const pagefind = await ready;
  const q = input.value.trim();
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const v = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value;
    if (v) filters[name] = v;
  }
  const next = new URLSearchParams({ ...(q ? { q } : {}), ...filters });
  const query = next.toString();
  // Nothing changed (the form's change event when the box loses focus, as a result is clicked): no new
  // search, and no history update, which would cancel the navigation the click started.
  if (query === shownQuery) return;
  shownQuery = query;
  const mine = ++seq;
  history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
  if (!q) {
    session = null;
    list.replaceChildren();
    moreButton.hidden = true;
    status.textContent = 'Type a name, a phrase or a number.';
    return;
  }
  let s = await open(pagefind, q, filters);
  // A name typed with a hyphen the reports write with a space ("ERNIE-Bot", "tongyi-qianwen"): search it spaced.
  const spaced = q.replace(/(?<=[A-Za-z])[-‐‑](?=[A-Za-z])/g, ' ');
  if (waiting(s).length === 0 && spaced !== q && mine === seq) s = await open(pagefind, spaced, filters);
  if (mine !== seq) return;
  session = s;
  list.replaceChildren();
  showNext(s);
}

/** "More results": load and append the next page, and move focus to the first new result. */
async function more(): Promise<void> {
  const s = session;
  if (!s) return;
  moreButton.disabled = true;
  await fill(s, s.shown.size + SHOWN);
  moreButton.disabled = false;
  if (s !== session) return;
  const items = showNext(s);
  // Focus goes to the first new result, or (none found, the button gone) to the count.
  if (items[0]) items[0].querySelector('a')?.focus();
  else status.focus();
}

/** One result: its title linked to the best matching line, where that line is, an excerpt, and its other lines. */
function resultItem(d: PagefindResult, lines: ReturnType<typeof matchedLines>, s: Session): HTMLLIElement {
  const { parsed, terms, q } = s;
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = lines[0] ? `${d.url}#${lines[0].id}` : d.url;
  a.textContent = d.meta['title'] ?? d.url;
  const where = document.createElement('div');
  where.className = 'muted';
  // Where the line is: the report's broker, the line, its section and the figure or table it is in.
  const place = lines[0] ? placeOf([...d.anchors].sort((x, y) => x.location - y.location), lines[0].id) : {};
  where.textContent = lines[0]
    ? [`${d.meta['broker'] ?? ''} · line ${lines[0].id.slice(1)}${lines.length > 1 ? ` (and ${lines.length - 1} more)` : ''}`, place.section && `§ ${place.section}`, place.figure]
        .filter(Boolean)
        .join(' · ')
    : (d.meta['kind'] ?? '');
  const p = document.createElement('p');
  p.lang = 'zh';
  // A report result shows the line it links to; other pages the stretch of their text around what was typed
  // (from the start when it is near the start: an entity page opens with its names and summary).
  // Pagefind marks the pieces it matched ("文心" in 文心大模型); the excerpt marks what was typed instead.
  // A line that prints the words together marks them together ("LLaMA 2", "2024 年"), not every "2" in it.
  const text = lines[0]?.text ?? '';
  const together = text ? tightMatches(text, q) : [];
  // A line found through an alias ("ERNIE Bot" for a line that says 文心一言) shows and marks the name it prints, and says so.
  const viaHint = text !== '' && together.length === 0 && !lines[0]!.literal;
  const byAlias = viaHint ? namesPrinted(text, lines[0]!.full, q) : [];
  const marked = together.length > 0 ? together : byAlias.length > 0 ? byAlias : [...parsed.phrases, ...terms];
  // A page's text marks the typed words together where it prints them so ("Zhipu AI", not every "AI").
  const content = text ? '' : withoutAliases(d.content);
  const inContent = content ? tightMatches(content, q) : [];
  p.innerHTML = text ? lineExcerpt(text, marked) : lineExcerpt(content, inContent.length > 0 ? inContent : [...parsed.phrases, ...terms], EXCERPT_CHARS);
  if (viaHint) {
    const why = document.createElement('span');
    why.className = 'muted';
    why.textContent = byAlias.length > 0 ? ` (found as ${byAlias[0]}, another name of ${q})` : ' (found through what this line is about: another name of it, or the model or benchmark its table names for the score)';
    p.append(why);
  }
  li.append(a, where, p);
  if (lines.length > 1) {
    // Every other line that matched, in report order; past the first few, behind a disclosure.
    const also = document.createElement('div');
    also.className = 'muted';
    also.append('Also: ');
    const rest = lines.slice(1).sort((x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)));
    const link = (l: { id: string }) => {
      const m = document.createElement('a');
      m.href = `${d.url}#${l.id}`;
      m.textContent = `line ${l.id.slice(1)}`;
      return m;
    };
    for (const l of rest.slice(0, ALSO_SHOWN)) also.append(link(l), ' ');
    if (rest.length > ALSO_SHOWN) {
      const all = document.createElement('details');
      const summary = document.createElement('summary');
      summary.textContent = `${rest.length - ALSO_SHOWN} more line${rest.length - ALSO_SHOWN > 1 ? 's' : ''}`;
      all.append(summary);
      for (const l of rest.slice(ALSO_SHOWN)) all.append(link(l), ' ');
      also.append(all);
    }
    li.append(also);
  }
  return li;
}
moreButton.addEventListener('click', () => void more());
form.addEventListener('submit', (e) => {
  e.preventDefault();
  void run();
});
form.addEventListener('change', () => void run());
let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(), 200);
});
void run();
