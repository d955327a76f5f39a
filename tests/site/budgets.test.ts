import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, html } from '../helpers/dist.ts';

/** Bytes of HTML, CSS and JS a page loads (inline and linked), before compression. */
function weight(path: string): { html: number; css: number; js: number } {
  const page = html(path);
  const linked = (re: RegExp) => [...page.matchAll(re)].reduce((n, m) => n + readFileSync(join(DIST, m[1]!)).length, 0);
  const inline = (re: RegExp) => [...page.matchAll(re)].reduce((n, m) => n + m[1]!.length, 0);
  return {
    html: Buffer.byteLength(page),
    css: linked(/<link rel="stylesheet" href="([^"]+)"/g) + inline(/<style[^>]*>([\s\S]*?)<\/style>/g),
    js: linked(/<script[^>]*\ssrc="([^"]+)"/g) + inline(/<script(?![^>]*\ssrc=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g),
  };
}

/** Per page type: the most HTML, CSS and JS (bytes, uncompressed) a page of that type may ship. */
const BUDGETS: Array<[string, { html: number; css: number; js: number }]> = [
  ['/', { html: 20_000, css: 10_000, js: 0 }],
  ['/models/', { html: 250_000, css: 12_000, js: 0 }],
  ['/vendors/openai/', { html: 150_000, css: 10_000, js: 0 }],
  ['/reports/', { html: 20_000, css: 10_000, js: 0 }],
  ['/reports/004_fb9698581f1d58ba/', { html: 1_200_000, css: 10_000, js: 0 }],
  ['/about/', { html: 120_000, css: 10_000, js: 0 }],
  ['/data/', { html: 60_000, css: 10_000, js: 0 }],
  // Its examples are cut to a few rows, so the page does not grow with the corpus.
  ['/methodology/', { html: 40_000, css: 10_000, js: 190_000 }],
  ['/models/gpt-4/', { html: 300_000, css: 10_000, js: 190_000 }],
  ['/benchmarks/mmlu/', { html: 200_000, css: 10_000, js: 190_000 }],
  ['/timeline/', { html: 150_000, css: 12_000, js: 190_000 }],
  ['/markets/', { html: 120_000, css: 10_000, js: 190_000 }],
  ['/search/', { html: 20_000, css: 10_000, js: 12_000 }],
];

describe('page weight budgets', () => {
  for (const [path, budget] of BUDGETS) {
    it(`keeps ${path} within ${budget.html / 1000} kB HTML, ${budget.css / 1000} kB CSS, ${budget.js / 1000} kB JS`, () => {
      const w = weight(path);
      expect(w.html).toBeLessThanOrEqual(budget.html);
      expect(w.css).toBeLessThanOrEqual(budget.css);
      expect(w.js).toBeLessThanOrEqual(budget.js);
      if (budget.js === 0) expect(w.js).toBe(0);
    });
  }

  it('cuts the methodology page\'s score example to a few rows, linking to the model page for the rest', () => {
    const page = html('/methodology/');
    const table = /<table>[\s\S]*?<\/table>/.exec(page)![0];
    expect((table.match(/<tr>/g) ?? []).length - 1).toBe(12);
    expect(page).toMatch(/12 of \d+ scores; <a href="\/models\/[a-z0-9-]+\/#scores">/);
  });

  it('bundles only the Chart.js parts the charts use (tree-shaken)', () => {
    const page = html('/timeline/');
    const src = /<script[^>]*\ssrc="(\/_astro\/[^"]+\.js)"/.exec(page)?.[1];
    expect(src).toBeTruthy();
    const bundle = readFileSync(join(DIST, src!), 'utf8');
    // Chart.js controllers register under a static id; the unused ones must be absent.
    // (Chart.js's own modules keep every scale class, so scales are not checked.)
    const id = (name: string) => new RegExp(`id\\s*=\\s*["'\`]${name}["'\`]`);
    for (const unused of ['radar', 'bubble', 'line', 'doughnut', 'pie', 'polarArea']) expect(bundle, unused).not.toMatch(id(unused));
    for (const used of ['scatter', 'bar']) expect(bundle, used).toMatch(id(used));
  });
});
