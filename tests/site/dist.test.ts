import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTION_FILES } from '../../src/schemas/index.ts';
import { styleHash } from '../../src/lib/radio-filters.ts';
import { displayLine } from '../../src/lib/report-view.ts';
import { rankUnit } from '../../src/lib/leaderboard.ts';
import { FORMULA_START } from '../../src/lib/csv.ts';
import { MODEL_FACTS } from '../../src/lib/exports.ts';
import { ROOT } from '../helpers/corpus.ts';
import { DIST, fileFor, hrefsIn, html, htmlPages, idsIn } from '../helpers/dist.ts';

const generated = (f: string) => readFileSync(join(ROOT, 'src/data/generated', f), 'utf8');
const collection = <T,>(f: string) => JSON.parse(generated(f)) as T[];

describe('the built site (dist/)', () => {
  const pages = htmlPages();

  it('has a page for every model, benchmark, vendor and report', () => {
    for (const m of collection<{ id: string }>('models.json')) expect(fileFor(`/models/${m.id}/`), m.id).not.toBeNull();
    for (const v of collection<{ id: string }>('vendors.json')) expect(fileFor(`/vendors/${v.id}/`), v.id).not.toBeNull();
    for (const r of collection<{ id: string }>('reports.json')) expect(fileFor(`/reports/${r.id}/`), r.id).not.toBeNull();
    for (const b of collection<{ id: string }>('benchmarks.json')) expect(fileFor(`/benchmarks/${b.id}/`), b.id).not.toBeNull();
    // A dataset's page ranks the metric scores measured on it (FVD on UCF-101, 天风 L651–657).
    const ucf = html('/benchmarks/ucf-101/');
    expect(ucf).toMatch(/FVD · setting: UCF-101 ·/);
    expect(ucf).toContain('href="/reports/001_9ab0ab8dbd710fce/#L656');
    for (const p of ['/', '/timeline/', '/models/', '/benchmarks/', '/vendors/', '/markets/', '/reports/', '/search/', '/data/', '/about/', '/methodology/']) expect(fileFor(p), p).not.toBeNull();
  });

  it('links every claim that mentions a model or vendor from its page or its mention pages, and keeps those lists out of search', () => {
    const missing: string[] = [];
    const claims = collection<{ report: string; line: number; lineEnd: number; models: string[]; vendors: string[] }>('claims.json');
    for (const kind of ['models', 'vendors'] as const) {
      const pagesOf = (id: string) => pages.filter((p) => p === `/${kind}/${id}/` || p.startsWith(`/${kind}/${id}/mentions/`));
      for (const e of collection<{ id: string }>(`${kind}.json`)) {
        const linked = new Set(pagesOf(e.id).flatMap((p) => hrefsIn(html(p))));
        // A claim joined from several lines links to the line in it that names the entity.
        const linksInto = (c: (typeof claims)[number]) => Array.from({ length: c.lineEnd - c.line + 1 }, (_, k) => `/reports/${c.report}/#L${c.line + k}`).some((h) => linked.has(h));
        for (const c of claims.filter((c) => c[kind].includes(e.id))) if (!linksInto(c)) missing.push(`${kind}/${e.id}: ${c.report} L${c.line}`);
      }
    }
    expect(missing).toEqual([]);
    const mentionPages = pages.filter((p) => /^\/(models|vendors|benchmarks)\/[^/]+\/mentions\//.test(p));
    expect(mentionPages.length).toBeGreaterThan(0);
    for (const p of mentionPages) expect(html(p), p).not.toContain('data-pagefind-body');
    expect(html('/models/gpt-4/')).toMatch(/<div data-pagefind-ignore>\s*<section>/);
  });

  it('resolves every internal link and #anchor', () => {
    const broken: string[] = [];
    for (const page of pages) {
      for (const href of hrefsIn(html(page))) {
        if (/^(https?:|mailto:|data:)/.test(href)) continue;
        const url = new URL(href, `http://x${page}`);
        const target = fileFor(url.pathname);
        if (!target) {
          broken.push(`${page} → ${href}`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && target.endsWith('.html') && !idsIn(html(url.pathname)).has(hash)) broken.push(`${page} → ${href} (no #${hash})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('never repeats an id within a page (anchors and filters need one target)', () => {
    const repeated: string[] = [];
    for (const page of pages) {
      const seen = new Set<string>();
      for (const m of html(page).matchAll(/\sid="([^"]+)"/g)) if (seen.has(m[1]!) || !seen.add(m[1]!)) repeated.push(`${page}#${m[1]}`);
    }
    expect(pages.length).toBeGreaterThan(300);
    expect(repeated).toEqual([]);
  });

  it('points every source link at an existing line anchor of a report, or at the table cell that prints the value', () => {
    let n = 0;
    let cells = 0;
    const cellText = new Map<string, Map<string, string>>();
    const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    for (const page of pages) {
      for (const m of html(page).matchAll(/<a class="src" href="\/reports\/([^/]+)\/#(L\d+)(c\d+)?" title="[^"]*?(?:printed “(.*?)”)?"/g)) {
        n++;
        const ids = idsIn(html(`/reports/${m[1]}/`));
        expect(ids.has(m[2]!), `${page}: ${m[0]}`).toBe(true);
        if (!m[3]) continue;
        cells++;
        // The cell's own text prints the value the link is for.
        if (!cellText.has(m[1]!)) cellText.set(m[1]!, new Map([...html(`/reports/${m[1]}/`).matchAll(/<span id="(L\d+c\d+)">((?:[^<]|<\/?strong>)*)<\/span>/g)].map((c) => [c[1]!, unescape(c[2]!.replace(/<\/?strong>/g, ''))])));
        const text = cellText.get(m[1]!)!.get(`${m[2]}${m[3]}`);
        expect(text, `${page}: ${m[0]}`).toBeDefined();
        expect(text, `${page}: ${m[0]}`).toContain(displayLine(unescape(m[4]!)));
      }
    }
    expect(n).toBeGreaterThan(1000);
    // Scores come from tables: most of their links land on the cell.
    expect(cells).toBeGreaterThan(500);
  });

  it('gives every line of every report an anchor', () => {
    for (const r of collection<{ id: string; lineCount: number }>('reports.json')) {
      const ids = idsIn(html(`/reports/${r.id}/`));
      for (let l = 1; l <= r.lineCount; l++) expect(ids.has(`L${l}`), `${r.id} L${l}`).toBe(true);
    }
  });

  it('shows a modality a report states beside the registry\'s, marked where they differ (华福 图表 51: 华佗 GPT 多模态)', () => {
    const dd = (path: string) => {
      const page = html(path);
      const at = page.indexOf('<dt>Modality</dt>');
      return page.slice(at, page.indexOf('<dt>', at + 5));
    };
    expect(dd('/models/huatuogpt/')).toContain('differs from the registry');
    expect(dd('/models/huatuogpt/')).toMatch(/href="\/reports\/002_1236977f8e68864d\/#L803(c\d+)?"/);
    // Where the report agrees with the registry there is no mark; where no report states it, no list.
    expect(dd('/models/biomedlm/')).toMatch(/href="\/reports\/002_1236977f8e68864d\/#L799(c\d+)?"/);
    expect(dd('/models/biomedlm/')).not.toContain('differs from the registry');
    expect(dd('/models/gpt-4/')).not.toContain('As the reports state it');
  });

  it('says which figures are images the text kept nothing of (天风 图 30), and not of a figure with its table (图 32)', () => {
    const page = html('/reports/001_9ab0ab8dbd710fce/');
    const figure = (id: string) => page.slice(page.indexOf(`<figure id="${id}"`), page.indexOf(`id="${id}-end"`));
    expect(figure('fig-30')).toContain('class="fig-note"');
    expect(figure('fig-32')).toContain('<table');
    expect(figure('fig-32')).not.toContain('class="fig-note"');
  });

  it('puts a line\'s hidden alias hint on the line that prints the name, in a claim joined from many lines', () => {
    // 国元 L92–L153: a slide's table flattened into one claim. LLaMA 2 is printed on L147, not on the header row L92.
    const page = html('/reports/000_8808e45e92e62c2d/');
    const hintOf = (n: number) => new RegExp(`id="L${n}"[^]*?<span class="alias-hint"[^>]*>([^<]*)</span>`).exec(page.split(`id="L${n + 1}"`)[0]!)?.[1] ?? '';
    expect(hintOf(147)).toContain('Llama 2');
    expect(hintOf(92)).not.toContain('Llama 2');
  });

  it('indexed the site with Pagefind with zero errors', () => {
    const report = JSON.parse(readFileSync(join(DIST, 'pagefind/build-report.json'), 'utf8')) as { pages: number; errors: string[] };
    expect(report.errors).toEqual([]);
    expect(report.pages).toBeGreaterThan(300);
    expect(fileFor('/pagefind/pagefind.js')).not.toBeNull();
  });

  it('publishes every collection as JSON identical to the ingest output, and as CSV with the same rows', () => {
    for (const file of Object.values(COLLECTION_FILES)) {
      const json = readFileSync(join(DIST, 'data', file), 'utf8');
      expect(json, file).toBe(generated(file));
      const text = readFileSync(join(DIST, 'data', file.replace(/\.json$/, '.csv')), 'utf8');
      // UTF-8 with a byte-order mark, so Excel reads the Chinese text.
      expect(text.startsWith('\uFEFF'), file).toBe(true);
      const csv = csvRecords(text.slice(1));
      const rows = JSON.parse(json) as Array<{ id: string }>;
      expect(rows.length, file).toBeGreaterThan(0);
      expect(csv[0]![0], file).toBe('id');
      expect(csv.slice(1).map((r) => r[0]), file).toEqual(rows.map((r) => r.id));
      // No cell a spreadsheet would run as a formula; no JSON in a cell.
      expect(csv.flat().filter((cell) => FORMULA_START.test(cell) && !/^-?\d+(?:\.\d+)?$/.test(cell)), file).toEqual([]);
      if (file === 'models.json') expect(csv.flat().filter((cell) => cell.startsWith('[{')), file).toEqual([]);
    }
    // The models' facts, one row per assertion, each with a source line that exists.
    const facts = csvRecords(readFileSync(join(DIST, 'data', 'model-facts.csv'), 'utf8').slice(1));
    const models = JSON.parse(generated('models.json')) as Array<Record<string, unknown[]>>;
    const total = models.reduce((n, m) => n + MODEL_FACTS.reduce((k, a) => k + m[a]!.length, 0), 0);
    expect(facts.length - 1).toBe(total);
    const [report, line] = ['source.report', 'source.line'].map((c) => facts[0]!.indexOf(c));
    for (const row of facts.slice(1)) expect(html(`/reports/${row[report!]}/`), row[0]).toContain(`id="L${row[line!]}"`);
  });

  it('ships no JavaScript on pages without charts or search', () => {
    const withJs = pages.filter((p) => /<script\b(?![^>]*type="application\/json")/.test(html(p)));
    const allowed = (p: string) => p === '/search/' || p === '/timeline/' || p === '/markets/' || p === '/methodology/' || p.startsWith('/models/') || p.startsWith('/benchmarks/') || p.startsWith('/notes/');
    expect(withJs.filter((p) => !allowed(p))).toEqual([]);
    for (const p of ['/', '/models/', '/reports/', '/vendors/', '/about/', '/data/']) expect(withJs, p).not.toContain(p);
    expect(withJs).toContain('/timeline/');
    // A model page loads the chart script only when it has a chart: two or more percentage scores (a bare
    // "86.4" in a table of MMLU scores is a percentage, as the leaderboards rank it).
    const results = collection<{ model: string; benchmark: string; unit: string; value: number }>('results.json');
    const models = collection<{ id: string }>('models.json');
    const usual = new Map(collection<{ id: string; unit?: string }>('benchmarks.json').map((b) => [b.id, b.unit]));
    const charted = models.filter((m) => results.filter((r) => r.model === m.id && rankUnit(r, usual.get(r.benchmark)) === '%').length > 1).map((m) => `/models/${m.id}/`);
    expect(charted.length).toBeGreaterThan(5);
    expect(charted.length).toBeLessThan(models.length);
    expect(withJs.filter((p) => /^\/models\/[^/]+\/$/.test(p) && !['/models/by-date/', '/models/by-mentions/', '/models/by-scores/'].includes(p)).sort()).toEqual(charted.sort());
  });

  it('charts every percentage score a model page lists (国金 prints MMLU scores without "%")', () => {
    for (const id of ['gpt-4', 'glm-4', 'baichuan-3', 'gemini-ultra', 'llama-2-70b']) {
      const page = html(`/models/${id}/`);
      const spec = JSON.parse(/data-chart="([^"]*)"/.exec(page)![1]!.replace(/&quot;/g, '"').replace(/&amp;/g, '&')) as { labels: string[] };
      const table = page.slice(page.indexOf('<caption class="sr-only">Benchmark scores of'));
      const percentRows = [...table.slice(0, table.indexOf('</table>')).matchAll(/<td class="num">[\d.]+%/g)].length;
      // A chart of two or more bars, one for each percentage row of the table (GLM-4 and Baichuan 3 had none).
      expect(spec.labels.length, id).toBeGreaterThan(1);
      expect(spec.labels.length, id).toBe(percentRows);
    }
  });

  it('renders report text as text: no markup from a report reaches the page', () => {
    const page = html('/reports/002_1236977f8e68864d/');
    const body = page.slice(page.indexOf('class="report-text"'));
    expect(body).not.toMatch(/<(ul|li|b)\b[^>]*style=/);
    expect(body).not.toContain('<table border=');
  });

  it('gives every CSS-only filter radio a rule, in a stylesheet the CSP allows', () => {
    for (const path of ['/timeline/', '/models/', '/models/by-date/']) {
      const page = html(path);
      const styleSrc = /content-security-policy" content="[^"]*style-src([^;"]*)/.exec(page)?.[1] ?? '';
      const allowed = [...page.matchAll(/<style>([^<]*)<\/style>/g)].map((m) => m[1]!).filter((css) => styleSrc.includes(`'${styleHash(css)}'`)).join('\n');
      const radios = [...page.matchAll(/<input type="radio"[^>]*id="([^"]+)"/g)].map((m) => m[1]!).filter((id) => !id.endsWith('-all'));
      expect(radios.length, path).toBeGreaterThan(3);
      for (const id of radios) expect(allowed, `${path} #${id}`).toContain(`#${id}:checked`);
    }
  });
});

/** Parse CSV (RFC 4180: quoted fields may hold commas, quotes and newlines) into records of fields. */
function csvRecords(csv: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') record.push(field), (field = '');
    else if (ch === '\n') record.push(field), records.push(record), (record = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || record.length > 0) record.push(field), records.push(record);
  return records;
}
