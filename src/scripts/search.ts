/** Search page: Pagefind's JS API with phrase-matching Chinese queries, filters and deep links. */
import { phraseQuery, safeExcerpt } from '../lib/search-query.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
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

const url = '/pagefind/pagefind.js';
const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
await pagefind.options({ excerptLength: 40 });

// Fill the filter selects from the index.
const available = await pagefind.filters();
for (const name of FILTERS) {
  const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (!select) continue;
  for (const [value, count] of Object.entries(available[name] ?? {}).sort()) {
    const opt = document.createElement('option');
    opt.value = value;
    opt.textContent = `${value} (${count})`;
    select.append(opt);
  }
}

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
for (const name of FILTERS) {
  const v = params.get(name);
  const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
  if (v && select) select.value = v;
}

let seq = 0;
async function run(): Promise<void> {
  const mine = ++seq;
  const q = input.value.trim();
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
  const res = await pagefind.search(phraseQuery(q), { filters });
  const top = await Promise.all(res.results.slice(0, 30).map((r) => r.data()));
  if (mine !== seq) return;
  status.textContent = `${res.results.length} result${res.results.length === 1 ? '' : 's'} for ${q}`;
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
