import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/browser.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/corpus.ts';
import { DIST } from '../helpers/dist.ts';
import { serveStatic } from '../helpers/server.ts';

let site: Awaited<ReturnType<typeof serveStatic>>;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  site = await serveStatic(DIST);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** Background colour of the element the URL fragment targets. */
const targetBackground = (p: Page) => p.evaluate(() => {
  const el = document.getElementById(decodeURIComponent(location.hash.slice(1)));
  return el ? getComputedStyle(el).backgroundColor : null;
});
const HIGHLIGHT = 'rgb(255, 243, 176)';

/** Wait for a query's results, then press "More results" until every result is on screen. */
async function allResults(p: Page): Promise<void> {
  await p.waitForFunction(() => document.querySelectorAll('#results li').length > 0, undefined, { timeout: 20_000 });
  while (await p.locator('#more-results').isVisible()) {
    const n = await p.locator('#results > li').count();
    await p.click('#more-results');
    await p.waitForFunction((k) => document.querySelectorAll('#results > li').length > k || (document.querySelector('#more-results') as HTMLElement).hidden, n, { timeout: 20_000 });
  }
}

describe('the three uses, in Chromium', () => {
  /** Where the first OpenAI release on the timeline chart is drawn, in viewport pixels, and where it links. */
  const openAiPoint = (p: Page) =>
    p.evaluate(() => {
      document.querySelector('canvas[data-chart]')!.scrollIntoView({ block: 'center' });
      const canvas = document.querySelector('canvas[data-chart]') as HTMLCanvasElement & { chart: { getDatasetMeta(i: number): { data: Array<{ x: number; y: number }> }; data: { datasets: Array<{ label: string; data: Array<{ x: number; y: number; i: number }> }> } } };
      const spec = JSON.parse(canvas.dataset['chart']!) as { points: Array<{ kind: string; x: number; y: number; href: string; vendor: string; label: string }> };
      const ds = canvas.chart.data.datasets.findIndex((d) => d.label === 'OpenAI');
      // The first OpenAI release (a circle; triangles are launches) that lies inside the viewport.
      const box0 = canvas.getBoundingClientRect();
      const idx = canvas.chart.getDatasetMeta(ds).data.findIndex((p, k) => box0.top + p.y > 0 && box0.top + p.y < innerHeight && spec.points[canvas.chart.data.datasets[ds]!.data[k]!.i]!.kind === 'release');
      const el = canvas.chart.getDatasetMeta(ds).data[idx]!;
      const raw = canvas.chart.data.datasets[ds]!.data[idx]!;
      const box = canvas.getBoundingClientRect();
      const point = spec.points[raw.i]!;
      return { x: box.left + el.x, y: box.top + el.y, href: point.href, label: point.label };
    });

  it('opens the timeline and clicks a point through to its model page', async () => {
    await page.goto(`${site.url}/timeline/`);
    await page.waitForSelector('canvas[data-ready="1"]');
    const target = await openAiPoint(page);
    expect(target.href).toMatch(/^\/models\/[a-z0-9-]+\/$/);
    await Promise.all([page.waitForURL(`**${target.href}`), page.mouse.click(target.x, target.y)]);
    expect(new URL(page.url()).pathname).toBe(target.href);
    expect(await page.locator('h1').textContent()).toContain(target.label);
  });

  it('on a touch screen, a first tap on a timeline point names it and a second opens its model', async () => {
    const ctx = await browser.newContext({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
    const phone = await ctx.newPage();
    await phone.goto(`${site.url}/timeline/`);
    await phone.waitForSelector('canvas[data-ready="1"]');
    const target = await openAiPoint(phone);
    await phone.touchscreen.tap(target.x, target.y);
    await phone.waitForTimeout(300);
    expect(new URL(phone.url()).pathname).toBe('/timeline/');
    await Promise.all([phone.waitForURL(`**${target.href}`), phone.touchscreen.tap(target.x, target.y)]);
    expect(new URL(phone.url()).pathname).toBe(target.href);
    await ctx.close();
  });

  it('filters the timeline by country: the list keeps only that country, and the chart follows', async () => {
    await page.goto(`${site.url}/timeline/`);
    await page.waitForSelector('canvas[data-ready="1"]');
    const all = await page.locator('.timeline-list li:visible').count();
    await page.locator('label[for="t-country-CN"]').click();
    const cn = await page.locator('.timeline-list li:visible').count();
    expect(cn).toBeGreaterThan(0);
    expect(cn).toBeLessThan(all);
    expect(await page.locator('.timeline-list li:visible[data-country]:not([data-country="CN"])').count()).toBe(0);
    const visiblePoints = await page.evaluate(() => {
      const c = document.querySelector('canvas[data-chart]') as HTMLCanvasElement & { chart: { data: { datasets: Array<{ data: unknown[] }> } } };
      return c.chart.data.datasets.reduce((n, d) => n + d.data.length, 0);
    });
    expect(visiblePoints).toBe(cn);
  });

  it('keeps only the rows and span of the vendors left, counts what is shown, shares the filter in the URL, and says when nothing matches', async () => {
    await page.goto(`${site.url}/timeline/`);
    await page.waitForSelector('canvas[data-ready="1"]');
    await page.locator('.filter-group summary').click();
    await page.locator('label[for="t-vendor-openai"]').click();
    const view = await page.evaluate(() => {
      const c = document.querySelector('canvas[data-chart]') as HTMLCanvasElement & { chart: { options: { scales: { y: { max: number } } }; data: { datasets: Array<{ data: unknown[] }> } } };
      const spec = JSON.parse(c.dataset['chart']!) as { points: Array<{ kind: string }> };
      const shown = (c.chart.data.datasets as Array<{ data: Array<{ i: number }> }>).flatMap((d) => d.data.map((p) => spec.points[p.i]!.kind));
      return { rows: c.chart.options.scales.y.max, releases: shown.filter((k) => k === 'release').length, launches: shown.filter((k) => k === 'launch').length, count: document.getElementById('timeline-count')!.textContent };
    });
    expect(view.rows).toBe(1);
    // OpenAI's releases and its launches (GPT 商店 = GPT Store on one day, ChatGPT 自定义版本), counted apart.
    expect(view.launches).toBe(2);
    expect(view.count).toMatch(new RegExp(`^${view.releases} dated releases? of \\d+ models?, 2 launches$`));
    expect(new URL(page.url()).searchParams.get('vendor')).toBe('openai');
    // The shared link opens filtered: list and chart.
    await page.goto(`${site.url}/timeline/?vendor=openai`);
    await page.waitForSelector('canvas[data-ready="1"]');
    expect(await page.locator('.timeline-list li:visible:not([data-vendor="openai"])').count()).toBe(0);
    expect(await page.locator('#timeline-count').textContent()).toBe(view.count);
    // A combination nothing matches: no empty axis, a message instead.
    await page.goto(`${site.url}/timeline/?vendor=openai&country=CN`);
    await page.waitForSelector('canvas[data-ready="1"]', { state: 'attached' });
    expect(await page.locator('#timeline-empty').isVisible()).toBe(true);
    expect(await page.locator('.chart').isVisible()).toBe(false);
    expect(await page.locator('.timeline-list li:visible').count()).toBe(0);
  });

  for (const [filter, attr, value] of [
    ['vendor', 'vendor', 'openai'],
    ['weights', 'open', 'true'],
    ['year', 'year', '2023'],
  ] as const) {
    it(`filters the timeline by ${filter}: the list keeps only those models, and the chart shows the same points`, async () => {
      await page.goto(`${site.url}/timeline/`);
      await page.waitForSelector('canvas[data-ready="1"]');
      const all = await page.locator('.timeline-list li:visible').count();
      if (filter === 'vendor') await page.locator('.filter-group summary').click();
      await page.locator(`label[for="t-${attr}-${value}"]`).click();
      const kept = page.locator('.timeline-list li:visible');
      const n = await kept.count();
      expect(n).toBeGreaterThan(0);
      expect(n).toBeLessThan(all);
      expect(await page.locator(`.timeline-list li:visible:not([data-${attr}="${value}"])`).count()).toBe(0);
      const shown = await page.evaluate(() => {
        const c = document.querySelector('canvas[data-chart]') as HTMLCanvasElement & { chart: { data: { datasets: Array<{ data: Array<{ i: number }> }> } } };
        const spec = JSON.parse(c.dataset['chart']!) as { points: Array<{ href: string; date: string }> };
        return c.chart.data.datasets.flatMap((d) => d.data.map((p) => `${spec.points[p.i]!.date} ${spec.points[p.i]!.href}`)).sort();
      });
      const listed = await kept.evaluateAll((lis) => lis.map((li) => `${li.querySelector('time')!.getAttribute('datetime')} ${li.querySelector('time + a')!.getAttribute('href')}`));
      expect(shown).toEqual(listed.sort());
    });
  }

  for (const query of ['文心一言', 'ERNIE Bot']) {
    it(`searches ${query} and lands on the highlighted claim`, async () => {
      await page.goto(`${site.url}/search/`);
      await page.fill('#q', query);
      await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0, undefined, { timeout: 20_000 });
      const links = await page.locator('#results li a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
      expect(links.some((h) => h === '/models/ernie-bot/')).toBe(true);
      const claim = links.find((h) => h?.includes('/reports/') && h.includes('#L'))!;
      expect(claim).toBeTruthy();
      // Leaving the box (the form's change event, as when a result is clicked) neither searches again nor
      // touches history, which would cancel the click's navigation.
      await page.evaluate(() => ((document.querySelector('#results li') as HTMLElement & { kept?: boolean }).kept = true));
      await page.evaluate(() => document.querySelector('form')!.dispatchEvent(new Event('change')));
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => (document.querySelector('#results li') as HTMLElement & { kept?: boolean }).kept)).toBe(true);
      await page.locator(`#results li a[href="${claim}"]`).first().click();
      await page.waitForURL(`**${claim}`);
      expect(await targetBackground(page)).toBe(HIGHLIGHT);
      // The highlighted line itself names the model, in Chinese or English.
      const text = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.textContent ?? '');
      expect(text).toMatch(/文心一言|ERNIE/);
    });
  }

  it('links every report result for 文心一言 to a line that names it, with an excerpt free of hidden alias text', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('文心一言')}`);
    await allResults(page);
    const checked = await page.evaluate(async () => {
      const out: Array<{ href: string; line: string; hint: string; excerpt: string; marked: string; also: Array<{ href: string; line: string }> }> = [];
      const docs = new Map<string, Document>();
      const lineOf = async (href: string) => {
        const [path, id] = href.split('#');
        // Parsed for its text only: its stylesheets would be checked against this (search) page's CSP.
        if (!docs.has(path!)) docs.set(path!, new DOMParser().parseFromString((await (await fetch(path!)).text()).replace(/<style[\s\S]*?<\/style>/g, ''), 'text/html'));
        return docs.get(path!)!.getElementById(id!);
      };
      for (const li of document.querySelectorAll('#results li')) {
        const href = li.querySelector('a')!.getAttribute('href')!;
        if (!href.includes('/reports/') || !href.includes('#L')) continue;
        const el = await lineOf(href);
        const hint = (el?.querySelector('.alias-hint')?.textContent ?? '').replace(/[\u2063\u2064]/g, '').trim();
        const also = [];
        for (const a of li.querySelectorAll('div.muted a')) also.push({ href: a.getAttribute('href')!, line: (await lineOf(a.getAttribute('href')!))?.textContent ?? '' });
        out.push({ href, line: el?.textContent ?? '', hint, excerpt: li.querySelector('p')?.textContent ?? '', marked: [...li.querySelectorAll('p mark')].map((m) => m.textContent).join(' '), also });
      }
      return out;
    });
    expect(checked.length).toBeGreaterThanOrEqual(4);
    // Some of the lines carry an alias hint, so the check on excerpts below has something to check.
    expect(checked.some((r) => r.hint !== '')).toBe(true);
    for (const r of checked) {
      // The line (with its alias hint, which search matches) names the model; the excerpt shows no hint.
      expect(r.line, r.href).toMatch(/文心一言|ERNIE Bot/);
      expect(r.excerpt, r.href).not.toMatch(/[\u2063\u2064]/);
      if (r.hint) expect(r.excerpt, r.href).not.toContain(r.hint.slice(0, 15));
      // A line that prints the name shows it, highlighted, in the excerpt (a table row too).
      if (r.line.replace(r.hint, '').includes('文心一言')) expect(r.marked, r.href).toContain('文心一言');
      // Every further line offered names it too: pieces of the phrase alone ("文心", "一言") do not count.
      for (const a of r.also) expect(a.line, a.href).toMatch(/文心一言|ERNIE Bot/);
    }
    // Some result is a table row (国金 L603), whose excerpt is that row's own cells.
    expect(checked.some((r) => r.marked.includes('文心一言') && /苍穹 GPT/.test(r.excerpt))).toBe(true);
  });

  it('puts the page of the entity named first, says where each line is (section, figure) and offers every other matched line', async () => {
    const results = async (q: string) => {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}`);
      await allResults(page);
      return page.locator('#results > li').evaluateAll((lis) =>
        lis.map((li) => ({
          href: li.querySelector('a')!.getAttribute('href')!,
          where: li.querySelector('div.muted')?.textContent ?? '',
          also: [...li.querySelectorAll('div.muted a')].map((a) => a.getAttribute('href')!),
        })),
      );
    };
    // Lines of several reports mention GPT-4 more often than its page does; the page still comes first.
    expect((await results('GPT-4'))[0]!.href).toBe('/models/gpt-4/');
    expect((await results('gpt4'))[0]!.href).toBe('/models/gpt-4/');
    expect((await results('ERNIE Bot'))[0]!.href).toBe('/models/ernie-bot/');
    // A quoted phrase with a hyphenated word (Pagefind's own phrase search finds nothing for it).
    const quoted = await results('"GPT-4 Turbo"');
    expect(quoted[0]!.href).toBe('/models/gpt-4-turbo/');
    expect(quoted.filter((r) => r.href.startsWith('/reports/')).length).toBeGreaterThanOrEqual(3);
    // A broad query still shows report lines, not only the pages of everything that mentions Google.
    const google = await results('Google');
    expect(google[0]!.href).toBe('/vendors/google/');
    expect(google.filter((r) => r.href.startsWith('/reports/')).length).toBeGreaterThanOrEqual(4);
    // An unnumbered figure (国元 "图：…", #fig-l864) is named too.
    const gy = (await results('Gemini')).find((r) => r.href.startsWith('/reports/000_8808e45e92e62c2d/'))!;
    expect(gy.where).toMatch(/ · 图：/);
    // 天风 L192, the HellaSwag row of 图 4 under section 1.1.
    const tf = (await results('HellaSwag')).find((r) => r.href === '/reports/001_9ab0ab8dbd710fce/#L192')!;
    expect(tf.where).toContain('§ 1.1. Google Gemini');
    expect(tf.where).toContain('图 4：Gemini 基准测试量化结果');
    // Lines must hold every typed word when some do: "LLaMA 2" offers 天风's lines naming LLaMA (with a 2), not every line with a 2.
    const tfLlama = (await results('LLaMA 2')).find((r) => r.href.startsWith('/reports/001_9ab0ab8dbd710fce/'))!;
    const offered = [Number(tfLlama.href.split('#L')[1]), ...tfLlama.also.map((h) => Number(h.split('#L')[1]))];
    const source = readFileSync(join(ROOT, 'content/reports/001_9ab0ab8dbd710fce.txt'), 'utf8').split('\n');
    // Each names LLaMA, or is a table row holding a score of LLaMA 2 or a size of it (天风 L185, the MMLU row, under its LLAMA-2 column).
    const scored = new Set((JSON.parse(readFileSync(join(ROOT, 'src/data/generated/results.json'), 'utf8')) as Array<{ model: string; source: { report: string; line: number } }>)
      .filter((r) => r.model.startsWith('llama-2') && r.source.report === '001_9ab0ab8dbd710fce').map((r) => r.source.line));
    for (const n of offered) if (!scored.has(n)) expect(source[n - 1], `L${n}`).toMatch(/llama|羊驼/i);
    expect(offered.some((n) => scored.has(n) && !/llama/i.test(source[n - 1]!))).toBe(true);
    // Its first line prints the name as typed, marked as one ("Llama-2"), and a report whose lines only hold
    // "LLaMA" and a "2" apart (西南 L574, "84.2% LLaMA") is not offered: LLaMA 2 names a model, which 西南 never mentions.
    const llama = await results('LLaMA 2');
    expect(source[Number(tfLlama.href.split('#L')[1]) - 1]).toMatch(/llama[\s-]*2/i);
    const marks = await page.locator('#results > li').filter({ has: page.locator('a[href^="/reports/001_9ab0ab8dbd710fce/"]') }).locator('p mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(m).toMatch(/^llama[\s-]*2$/i);
    const reports = llama.filter((r) => r.href.startsWith('/reports/')).map((r) => r.href.split('#')[0]);
    expect(reports.length).toBeGreaterThanOrEqual(3);
    expect(reports).not.toContain('/reports/004_fb9698581f1d58ba/');
    // "(and N more)": all N lines are offered, in report order, the first few shown and the rest folded away.
    for (const r of await results('文心一言')) {
      const n = Number(/\(and (\d+) more\)/.exec(r.where)?.[1] ?? 0);
      const lines = r.also.map((h) => Number(h.split('#L')[1]));
      expect(lines.length, r.href).toBe(n);
      expect(lines, r.href).toEqual([...lines].sort((x, y) => x - y));
    }
  });

  it('reads queries as people type them: a name with its version, a number with its unit, a hyphenated name, a name the line prints differently', async () => {
    const hrefs = async (q: string, filters = '') => {
      await page.goto(`${site.url}/search/?q=${encodeURIComponent(q)}${filters}`);
      await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
      await allResults(page);
      return page.locator('#results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    };
    const reportsOf = (hs: string[]) => [...new Set(hs.filter((h) => h.startsWith('/reports/')).map((h) => h.split('#')[0]))];
    // Only 天风 mentions ERNIE 4.0; lines of other reports with "ERNIE" (as 文心一言's alias) and a "4" (GPT-4) are not offered.
    const ernie4 = await hrefs('ERNIE 4.0');
    expect(ernie4[0]).toBe('/models/ernie-4/');
    expect(reportsOf(ernie4)).toEqual(['/reports/001_9ab0ab8dbd710fce/']);
    // GPT-3 is not GPT-3.5: every report line offered prints GPT-3 (or GPT3) itself.
    const gpt3 = await hrefs('GPT-3');
    expect(gpt3[0]).toBe('/models/gpt-3/');
    for (const h of gpt3.filter((x) => x.includes('#L'))) {
      const [path, id] = h.split('#');
      const source = readFileSync(join(ROOT, 'content/reports', `${path!.split('/')[2]}.txt`), 'utf8').split('\n');
      expect(source[Number(id!.slice(1)) - 1], h).toMatch(/GPT-?3(?!\.\d)/);
    }
    // 天风 prints "2024 年" with a space; typed without one it is still found.
    expect(reportsOf(await hrefs('2024年'))).toContain('/reports/001_9ab0ab8dbd710fce/');
    // A score in a table row whose column names the benchmark (国金 图表17: GPT-4's row, 86.4 under MMLU).
    expect(await hrefs('MMLU 86.4')).toContain('/reports/003_1dfa16a953909437/#L346');
    // A filter that leaves the model's own page out still keeps the results to those printing its name:
    // reports only, PaLM 2 is in 国元 and 天风, not in 华福's Med-PaLM 2 or 国金's PaLM-E.
    expect(reportsOf(await hrefs('PaLM 2', '&type=report')).sort()).toEqual(['/reports/000_8808e45e92e62c2d/', '/reports/001_9ab0ab8dbd710fce/']);
    // A page's excerpt marks the words typed together: "Zhipu AI", not every "AI".
    await hrefs('Zhipu AI');
    const zhipuMarks = await page.locator('#results > li').filter({ has: page.locator('a[href="/vendors/zhipu-ai/"]') }).locator('p mark').allTextContents();
    expect(zhipuMarks.length).toBeGreaterThan(0);
    for (const m of zhipuMarks) expect(m).toBe('Zhipu AI');
    // A hyphen where the name has a space.
    expect((await hrefs('ERNIE-Bot'))[0]).toBe('/models/ernie-bot/');
    // A name typed without its space, a page's own URL slug: the page. A version without its ".0": the page
    // first, then 天风's lines on 通义千问 2.0.
    for (const q of ['Qwen2.0', 'qwen-2']) expect((await hrefs(q))[0], q).toBe('/models/qwen-2/');
    const qwen2 = await hrefs('Qwen 2');
    expect(qwen2[0]).toBe('/models/qwen-2/');
    expect(reportsOf(qwen2)).toEqual(['/reports/001_9ab0ab8dbd710fce/']);
    const ernie = await hrefs('ERNIE 4');
    expect(ernie[0]).toBe('/models/ernie-4/');
    expect(reportsOf(ernie)).toEqual(['/reports/001_9ab0ab8dbd710fce/']);
    // 华福 L533 says 文心一言: found by ERNIE Bot, its excerpt shows and marks 文心一言 and says why.
    await hrefs('ERNIE Bot');
    const hf = page.locator('#results > li').filter({ has: page.locator('a[href="/reports/002_1236977f8e68864d/#L533"]') });
    expect(await hf.locator('p mark').allTextContents()).toContain('文心一言');
    expect(await hf.locator('p').textContent()).toContain('found as 文心一言, another name of ERNIE Bot');
  });

  it('shows a broad query ten results at a time: "More results" appends the next ones and moves focus to them', async () => {
    await page.goto(`${site.url}/search/?q=Google`);
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0, undefined, { timeout: 20_000 });
    const hrefs = () => page.locator('#results > li > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const first = await hrefs();
    expect(first).toHaveLength(10);
    expect(await page.locator('#search-status').textContent()).toBe('10+ results for Google');
    await page.click('#more-results');
    await page.waitForFunction(() => document.querySelectorAll('#results > li').length > 10, undefined, { timeout: 20_000 });
    const second = await hrefs();
    // The first ten stay where they were; the new ones follow, none repeated, and focus is on the first new one.
    expect(second.slice(0, 10)).toEqual(first);
    expect(new Set(second).size).toBe(second.length);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(second[10]);
    await allResults(page);
    const all = await hrefs();
    expect(new Set(all).size).toBe(all.length);
    // With everything shown the count is exact and the button is gone.
    expect(await page.locator('#search-status').textContent()).toBe(`${all.length} results for Google`);
    expect(await page.locator('#more-results').isVisible()).toBe(false);
    // A new query starts again from ten.
    await page.fill('#q', 'GPT-4');
    await page.waitForFunction(() => /for GPT-4$/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await page.locator('#results > li').count()).toBe(10);
  });

  it('matches the Chinese phrase typed: 文心雕龙 finds nothing, though 文心一言 is in the reports', async () => {
    await page.goto(`${site.url}/search/?q=${encodeURIComponent('文心雕龙')}`);
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await page.locator('#search-status').textContent()).toMatch(/^0 results/);
  });

  it('finds nothing for a word no page contains (xyzzy), though Pagefind matches its first letter', async () => {
    await page.goto(`${site.url}/search/?q=xyzzy`);
    await page.waitForFunction(() => /result/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 20_000 });
    expect(await page.locator('#search-status').textContent()).toMatch(/^0 results/);
  });

  it('filters search results by entity type', async () => {
    await page.goto(`${site.url}/search/?q=GPT-4&type=model`);
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0, undefined, { timeout: 20_000 });
    const hrefs = await page.locator('#results li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h.startsWith('/models/'))).toBe(true);
    // Without the filter the same query also finds report lines: the filter removed them.
    await page.goto(`${site.url}/search/?q=GPT-4`);
    await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0, undefined, { timeout: 20_000 });
    const unfiltered = await page.locator('#results li > a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
    expect(unfiltered.some((h) => h.startsWith('/reports/'))).toBe(true);
  });

  it('opens /models/gpt-4/ directly, shows its scores and follows a source link to the highlighted line', async () => {
    await page.goto(`${site.url}/models/gpt-4/`);
    expect(await page.locator('h1').textContent()).toContain('GPT-4');
    const table = page.locator('table:has(caption:text("Benchmark scores of GPT-4"))');
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(20);
    expect(await table.locator('tbody tr', { hasText: 'MMLU' }).first().textContent()).toMatch(/86\.4%|87\.29%/);
    await page.waitForSelector('canvas[data-ready="1"]');
    const row = table.locator('tbody tr', { has: page.locator('a.src') }).first();
    const score = (await row.locator('td.num').first().textContent())!.match(/\d+(?:\.\d+)?/)![0];
    const link = row.locator('a.src').first();
    const href = (await link.getAttribute('href'))!;
    await Promise.all([page.waitForURL(`**${href}`), link.click()]);
    expect(await targetBackground(page)).toBe(HIGHLIGHT);
    // The highlighted line is the one that prints the score.
    const text = await page.evaluate(() => document.getElementById(location.hash.slice(1))?.textContent ?? '');
    expect(text).toContain(score);
  });

  it('filters the models list without JavaScript and says when the filters leave no model', async () => {
    await page.goto(`${site.url}/models/`);
    const state = () => page.evaluate(() => ({
      rows: [...document.querySelectorAll('.model-table tbody tr')].filter((tr) => getComputedStyle(tr).display !== 'none').length,
      none: getComputedStyle(document.querySelector('.no-match')!).display !== 'none',
    }));
    const all = await state();
    expect(all.rows).toBeGreaterThan(100);
    expect(all.none).toBe(false);
    await page.check('#f-origin-cn');
    const cn = await state();
    expect(cn.rows).toBeGreaterThan(0);
    expect(cn.rows).toBeLessThan(all.rows);
    expect(cn.none).toBe(false);
    // No Chinese model is about robotics in these reports: the table empties and says so.
    await page.check('#f-mod-robotics');
    const none = await state();
    expect(none.rows).toBe(0);
    expect(none.none).toBe(true);
    await page.check('#f-origin-all');
    expect((await state()).none).toBe(false);
  });

  it('without JavaScript, the timeline hides the empty chart box, says where the data is, and its list still filters', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(`${site.url}/timeline/`);
    expect(await p.locator('.chart').first().isVisible()).toBe(false);
    expect(await p.locator('p', { hasText: 'The chart needs JavaScript; the same data is listed below.' }).isVisible()).toBe(true);
    const shown = () => p.evaluate(() => [...document.querySelectorAll('.timeline-list > li')].filter((li) => getComputedStyle(li).display !== 'none').length);
    const all = await shown();
    await p.check('#t-country-CN');
    const cn = await shown();
    expect(cn).toBeGreaterThan(0);
    expect(cn).toBeLessThan(all);
    // A year narrows it further.
    await p.check('#t-year-2023');
    expect(await shown()).toBeLessThan(cn);
    await ctx.close();
  });

  it('fits a phone screen: no page scrolls sideways at 390 px (wide tables scroll inside their box)', async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 800 } });
    const wide: string[] = [];
    for (const path of ['/', '/models/', '/models/gpt-4/', '/timeline/', '/benchmarks/mmlu/', '/vendors/', '/markets/', '/disagreements/', `/search/?q=${encodeURIComponent('文心一言')}`, '/data/', '/reports/002_1236977f8e68864d/']) {
      await phone.goto(`${site.url}${path}`);
      if (path.startsWith('/search/')) await phone.waitForFunction(() => document.querySelectorAll('#results li').length > 0, undefined, { timeout: 20_000 });
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) wide.push(`${path} ${width}px`);
    }
    // The models list sorted by date shows each model's date without scrolling its table.
    await phone.goto(`${site.url}/models/by-date/`);
    const fit = await phone.evaluate(() => {
      const table = document.querySelector('.model-table')!;
      const date = table.querySelector('tbody tr td:nth-child(5)')!.getBoundingClientRect();
      return { table: table.scrollWidth, box: table.parentElement!.clientWidth, dateRight: date.right, dateWidth: date.width };
    });
    await phone.close();
    expect(wide).toEqual([]);
    expect(fit.table).toBeLessThanOrEqual(fit.box);
    expect(fit.dateWidth).toBeGreaterThan(0);
    expect(fit.dateRight).toBeLessThanOrEqual(390);
  });

  it('logs no errors in the browser (CSP, scripts, WebAssembly)', () => {
    expect(errors).toEqual([]);
  });
});
