/** Search page: Pagefind's JS API with phrase-matching Chinese queries, filters and deep links. */
import { containsPhrases, parseQuery, safeExcerpt } from '../lib/search-query.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResult> }> }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const list = document.querySelector<HTMLOListElement>('#results')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const FILTERS = ['type', 'broker', 'year'] as const;
const SHOWN = 30;
const MAX_CHECKED = 400;

const url = '/pagefind/pagefind.js';
const ready: Promise<Pagefind> = (async () => {
  const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
  await pf.options({ excerptLength: 40 });
  // Fill the filter selects from the index, keeping a value chosen from the URL.
  const available = await pf.filters();
  for (const name of FILTERS) {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (!select) continue;
    const wanted = select.dataset['wanted'] ?? select.value;
    for (const [value, count] of Object.entries(available[name] ?? {}).sort()) {
      const opt = document.createElement('option');
      opt.value = value;
      opt.textContent = `${value} (${count})`;
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

let seq = 0;
async function run(): Promise<void> {
  const mine = ++seq;
  const q = input.value.trim();
  const pagefind = await ready;
  if (mine !== seq) return;
  const filters: Record<string, string> = {};
  for (const name of FILTERS) {
    const v = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)?.value;
    if (v) filters[name] = v;
  }
  const next = new URLSearchParams({ ...(q ? { q } : {}), ...filters });
  history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
  if (!q) {
    list.replaceChildren();
    status.textContent = 'Type a name, a phrase or a number.';
    return;
  }
  const parsed = parseQuery(q);
  const res = await pagefind.search(parsed.pagefind, { filters });
  // Keep results that contain the typed phrases verbatim; load in batches until 30 are found.
  const top: PagefindResult[] = [];
  let checked = 0;
  while (top.length < SHOWN && checked < res.results.length && checked < MAX_CHECKED) {
    const batch = await Promise.all(res.results.slice(checked, checked + 20).map((r) => r.data()));
    checked += batch.length;
    for (const d of batch) if (top.length < SHOWN && containsPhrases(`${d.meta['title'] ?? ''} ${d.content}`, parsed.phrases)) top.push(d);
  }
  if (mine !== seq) return;
  const more = top.length === SHOWN && checked < res.results.length;
  status.textContent = `${top.length}${more ? '+' : ''} result${top.length === 1 ? '' : 's'} for ${q}`;
  list.replaceChildren(
    ...top.map((d) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta['title'] ?? d.url;
      const where = document.createElement('div');
      where.className = 'muted';
      where.textContent = [d.meta['kind'], d.meta['where']].filter(Boolean).join(' · ');
      const p = document.createElement('p');
      p.lang = 'zh';
      p.innerHTML = safeExcerpt(d.excerpt);
      li.append(a, where, p);
      return li;
    }),
  );
}
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
