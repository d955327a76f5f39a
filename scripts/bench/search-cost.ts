import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/helpers/server.ts';

/**
 * Bytes transferred and milliseconds until results show, for a first and a repeated query on the
 * search page of a built site, in headless Chromium. Cache is warm only within one page session.
 */
export async function searchCost(dist: string, queries: [string, string]): Promise<Array<{ query: string; kb: number; ms: number; results: string }>> {
  const site = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage();
  let bytes = 0;
  const started = performance.now();
  void started;
  page.on('response', async (r) => {
    try {
      bytes += (await r.body()).length;
    } catch {
      // Redirects and aborted requests have no body.
    }
  });
  await page.goto(`${site.url}/search/`, { waitUntil: 'networkidle' });
  const out: Array<{ query: string; kb: number; ms: number; results: string }> = [];
  // The first query counts the page's own load of the Pagefind script and WebAssembly too.
  for (const [i, q] of queries.entries()) {
    if (i > 0) bytes = 0;
    const t0 = performance.now();
    await page.fill('#q', q);
    await page.waitForFunction((query) => (document.getElementById('search-status')?.textContent ?? '').includes(`for ${query}`), q, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    out.push({ query: q, kb: bytes / 1024, ms: performance.now() - t0, results: (await page.locator('#search-status').textContent()) ?? '' });
  }
  await browser.close();
  await site.close();
  return out;
}
