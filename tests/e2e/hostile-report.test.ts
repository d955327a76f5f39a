import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { buildSiteWith } from '../helpers/build-other.ts';
import { serveStatic } from '../helpers/server.ts';

const HOSTILE = join(import.meta.dirname, '../fixtures/hostile/zz-hostile-report.txt');
let dist: string;
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;

beforeAll(async () => {
  ({ dist } = buildSiteWith('hostile', [HOSTILE]));
  site = await serveStatic(dist);
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const allFiles = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? allFiles(join(dir, n)) : [join(dir, n)]));

describe('a report full of active markup, built into the site', () => {
  it('renders as inert text: no script, event handler, javascript: link, iframe, style or svg from the report', () => {
    const page = readFileSync(join(dist, 'reports/zz-hostile-report/index.html'), 'utf8');
    const body = page.slice(page.indexOf('<main'));
    // Real tags in the page (report text is escaped, so its "<" never starts one).
    const tags = [...body.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
    expect(tags.filter((t) => /\son[a-z]+\s*=/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /javascript:/i.test(t))).toEqual([]);
    expect(tags.filter((t) => /^<(script|iframe|svg|img|style|object|embed)\b/i.test(t))).toEqual([]);
    expect(body).toContain('&lt;script&gt;alert(&#39;inline&#39;)&lt;/script&gt;');
    // The HTML table survives only as structure, rebuilt from its cells.
    expect(body).toMatch(/<th[^>]*>(?:<a [^>]*>[^<]*<\/a>)?(?:<span id="L\d+c0">)?Benchmark(?:<\/span>)?(?:<span class="alias-hint"[^>]*>[^<]*<\/span>)?<\/th>/);
    expect(body).not.toMatch(/<t[hd][^>]*style=/);
  });

  it('sends a Content-Security-Policy that allows only the site’s own scripts', () => {
    const page = readFileSync(join(dist, 'reports/zz-hostile-report/index.html'), 'utf8');
    const csp = /http-equiv="content-security-policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(csp).toMatch(/object-src 'none'/);
  });

  it('opens no dialog in the browser on any page that shows the report’s text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    for (const path of ['/reports/zz-hostile-report/', '/models/gpt-4/', '/models/gemini/', '/benchmarks/mmlu/', '/about/', '/data/', '/timeline/']) {
      await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
      await page.mouse.move(200, 300);
      await page.mouse.click(5, 5);
    }
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('恶意报告')}`);
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    // The hostile report sorts last, so it is in the last of several merged Pagefind indexes.
    expect(JSON.parse(readFileSync(join(dist, 'pagefind/chunks.json'), 'utf8')).length).toBeGreaterThan(1);
    expect(await page.locator('#results a[href^="/reports/zz-hostile-report/#L"]').count()).toBeGreaterThan(0);
    await page.goto(`${site.url}/search/?q=alert`);
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    // The report's own script text is found, and shown as text.
    expect(await page.locator('#results li').count()).toBeGreaterThan(0);
    expect(await page.locator('#results script, #results img, #results iframe').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // Contact details are not in the search index either (its files are compressed: ask it, for the
    // exact word, since unquoted queries also match pieces and prefixes found elsewhere).
    const status = async (q: string) => {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
      return (await page.locator('#search-status').textContent()) ?? '';
    };
    // Control: a Latin name from a source line of a seed report is found this way.
    expect(await status('"Zhangyang"')).not.toMatch(/^0 results/);
    for (const secret of ['"13800138000"', '"zhangsan"', '"13912345678"']) expect(await status(secret), secret).toMatch(/^0 results/);
    await page.close();
  });

  it('still extracts the facts from the hostile report, as text', () => {
    const results = JSON.parse(readFileSync(join(dist, 'data/results.json'), 'utf8')) as Array<{ model: string; benchmark: string; value: number; source: { report: string } }>;
    const mine = results.filter((r) => r.source.report === 'zz-hostile-report').map((r) => `${r.model} ${r.benchmark} ${r.value}`);
    expect(mine).toEqual(expect.arrayContaining(['gpt-4 mmlu 86.4', 'claude-2 gsm8k 88', 'gpt-4 humaneval 67']));
  });

  it('publishes no personal contact details from any report, on pages or in exports', () => {
    const text = allFiles(dist).filter((f) => /\.(html|json|csv)$/.test(f) && !f.includes('/pagefind/')).map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const secret of ['13800138000', '13912345678', 'zhangsan@example.com', 'lisi@broker-example.cn', '021-68415309', 'wxj@swsc.com.cn', '13524424436', 'SXJ3780@hfzq.com.cn']) expect(text, secret).not.toContain(secret);
  });
});
