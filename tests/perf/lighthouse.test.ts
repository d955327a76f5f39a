import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/corpus.ts';
import { DIST } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/server.ts';

/**
 * Lighthouse (the npm package) driving the system Chromium over the built site, served like a
 * static host (gzip, cache headers). Budgets: performance ≥ 95; accessibility, best practices
 * and SEO = 100. Scores are written to tmp/lighthouse-scores.json.
 */
const PAGES = ['/', '/reports/001_9ab0ab8dbd710fce/', '/models/gpt-4/', '/timeline/', '/search/'];
const PORT = 9300 + (process.pid % 500);
let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
const scores: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', `--remote-debugging-port=${PORT}`],
  });
});
afterAll(async () => {
  writeFileSync(join(ROOT, 'tmp/lighthouse-scores.json'), JSON.stringify(scores, null, 2));
  await browser?.close();
  await site?.close();
});

describe('Lighthouse budgets', () => {
  for (const path of PAGES) {
    it(`scores ${path}: performance ≥ 95, accessibility, best practices and SEO 100`, async () => {
      // Best of two runs: a single run on a shared 2-core machine can be slowed by other work.
      let best: Record<string, number> = {};
      let failing: string[] = [];
      for (let attempt = 0; attempt < 2; attempt++) {
        const r = await lighthouse(`${site.url}${path}`, { port: PORT, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
        const cats = Object.fromEntries(Object.entries(r!.lhr.categories).map(([k, v]) => [k, Math.round((v.score ?? 0) * 100)]));
        const failed = Object.entries(r!.lhr.audits)
          .filter(([, a]) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && !['performance'].includes(a.id))
          .filter(([id]) => (r!.lhr.categories['accessibility']!.auditRefs.some((x) => x.id === id) || r!.lhr.categories['seo']!.auditRefs.some((x) => x.id === id) || r!.lhr.categories['best-practices']!.auditRefs.some((x) => x.id === id)))
          .map(([id, a]) => `${id}: ${a.title}`);
        // Scores and failing audits come from the same run.
        if (!best['performance'] || cats['performance']! > best['performance']) (best = cats), (failing = failed);
        if (best['performance']! >= 95) break;
      }
      scores[path] = best;
      expect(failing).toEqual([]);
      expect(best['accessibility']).toBe(100);
      expect(best['best-practices']).toBe(100);
      expect(best['seo']).toBe(100);
      expect(best['performance']).toBeGreaterThanOrEqual(95);
    }, 240_000);
  }
});
