import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBaselineSite } from '../../scripts/bench/baseline.ts';
import { countHtml, measure } from '../../scripts/bench/measure.ts';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic.ts';
import { ROOT } from '../helpers/corpus.ts';
import { htmlPages } from '../helpers/dist.ts';
import { MODEL_SCORE_ROWS } from '../../src/lib/score-pages.ts';
import { BENCHMARK_RESULT_ROWS } from '../../src/lib/leaderboard.ts';

/**
 * Scale budgets. Memory is asserted in megabytes; time only as a ratio to a bare Astro + Pagefind
 * site of the same page count built in the same run (absolute times vary on shared machines).
 */
const env = (extra: Record<string, string>) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });

describe('build budgets', () => {
  it('builds 1,000 reports (ingest, Astro, Pagefind) in under 2 GB of memory', async () => {
    const dir = join(ROOT, 'tmp/scale-1000');
    const corpus = writeSyntheticCorpus(1000, dir);
    const data = join(dir, 'data');
    const ingest = await measure('node', ['scripts/ingest.ts', '--in', corpus.reports, '--out', data, '--registry', corpus.registry, '--keep-going', '--quiet'], { cwd: ROOT, env: env({}) });
    // Astro run by this Node (the project's Node 24) rather than through npx, whose launcher idles at
    // about 75 MB beside the build: the budget is the build's own memory (Astro and Pagefind).
    const build = await measure(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'dist')], { cwd: ROOT, env: env({ REPORT_DATA_DIR: data, ASTRO_CACHE_DIR: join(dir, 'cache') }) });
    const index = await measure(process.execPath, ['scripts/search-index.ts', join(dir, 'dist')], { cwd: ROOT, env: env({}) });
    console.log(`1,000 reports: ingest ${(ingest.ms / 1000).toFixed(1)} s, peak ${ingest.peakRssMb.toFixed(0)} MB; Astro ${(build.ms / 1000).toFixed(1)} s, peak ${build.peakRssMb.toFixed(0)} MB; search index ${(index.ms / 1000).toFixed(1)} s, peak ${index.peakRssMb.toFixed(0)} MB`);
    expect(countHtml(join(dir, 'dist', 'reports'))).toBe(1001);
    expect(existsSync(join(dir, 'dist', 'pagefind', 'chunks.json'))).toBe(true);
    expect(ingest.peakRssMb).toBeLessThan(2048);
    expect(build.peakRssMb).toBeLessThan(2048);
    expect(index.peakRssMb).toBeLessThan(2048);

    // Pages stay bounded as the corpus grows: /about/ summarises and links each report's details on
    // a page of its own, and entity mentions are paged.
    const dist = join(dir, 'dist');
    const page = (p: string) => readFileSync(join(dist, p, 'index.html'), 'utf8');
    const details = [...page('about').matchAll(/href="(\/about\/reports\/\d+\/)#([^"]+)"/g)];
    expect(details.length).toBe(1000);
    const detailPages = new Map<string, string>();
    for (const [, p, id] of details) {
      if (!detailPages.has(p!)) detailPages.set(p!, page(p!));
      expect(detailPages.get(p!), `${p}#${id}`).toContain(`id="${id}"`);
    }
    // The most-scored model's page shows one row per benchmark and setting, and its score pages list every score.
    const results = JSON.parse(readFileSync(join(data, 'results.json'), 'utf8')) as Array<{ model: string; benchmark: string; source: { report: string; line: number } }>;
    const count = new Map<string, number>();
    for (const r of results) count.set(r.model, (count.get(r.model) ?? 0) + 1);
    const [top, n] = [...count].sort((a, b) => b[1] - a[1])[0]!;
    expect(n).toBeGreaterThan(MODEL_SCORE_ROWS);
    expect(page(`models/${top}`)).toContain(`href="/models/${top}/scores/"`);
    const scorePages = htmlPages(dist).filter((p) => p.startsWith(`/models/${top}/scores/`));
    const linked = scorePages.flatMap((p) => [...page(p).matchAll(/href="\/reports\/([^/]+)\/#L(\d+)(?:c\d+)?"/g)].map((m) => `${m[1]}:${m[2]}`));
    expect(linked.length).toBe(n);
    expect(new Set(linked)).toEqual(new Set(results.filter((r) => r.model === top).map((r) => `${r.source.report}:${r.source.line}`)));
    // So does the most-scored benchmark's: one row per model per setting, and its results pages list every result.
    const perBench = new Map<string, Array<{ source: { report: string; line: number } }>>();
    for (const r of results) (perBench.get(r.benchmark) ?? perBench.set(r.benchmark, []).get(r.benchmark)!).push(r);
    const [bench, bres] = [...perBench].sort((a, b) => b[1].length - a[1].length)[0]!;
    expect(bres.length).toBeGreaterThan(BENCHMARK_RESULT_ROWS);
    expect(page(`benchmarks/${bench}`)).toContain(`href="/benchmarks/${bench}/results/"`);
    expect(statSync(join(dist, 'benchmarks', bench, 'index.html')).size).toBeLessThan(1_500_000);
    const resultLinks = htmlPages(dist)
      .filter((p) => p.startsWith(`/benchmarks/${bench}/results/`))
      .flatMap((p) => [...page(p).matchAll(/href="\/reports\/([^/]+)\/#L(\d+)(?:c\d+)?"/g)].map((m) => `${m[1]}:${m[2]}`));
    expect(resultLinks.length).toBe(bres.length);
    expect(new Set(resultLinks)).toEqual(new Set(bres.map((r) => `${r.source.report}:${r.source.line}`)));
    const paged = htmlPages(dist).filter((p) => /\/mentions\/|\/scores\/|\/results\/|^\/about\/reports\//.test(p));
    expect(statSync(join(dist, 'models', top, 'index.html')).size).toBeLessThan(1_500_000);
    // The disagreements page lists at most DISAGREEMENT_ROWS rows per section, however many facts are disputed.
    expect(statSync(join(dist, 'disagreements', 'index.html')).size).toBeLessThan(1_500_000);
    expect(paged.length).toBeGreaterThan(detailPages.size);
    for (const p of paged) expect(statSync(join(dist, p, 'index.html')).size, p).toBeLessThan(1_500_000);
  }, 900_000);

  it('builds the five seed reports end to end within 4× a bare Astro + Pagefind site of the same size', async () => {
    const ours = await measure('npm', ['run', 'build', '--silent'], { cwd: ROOT, env: env({}) });
    const pages = countHtml(join(ROOT, 'dist'));
    const baseDir = join(ROOT, 'tmp/baseline-seeds');
    writeBaselineSite(baseDir, pages, join(ROOT, 'content/reports'));
    const base = await measure('npx', ['astro', 'build', '--root', baseDir], { cwd: ROOT, env: env({ ASTRO_CACHE_DIR: join(baseDir, 'cache') }) });
    const pf = await measure('node', ['scripts/search-index.ts', join(baseDir, 'dist')], { cwd: ROOT, env: env({}) });
    const ratio = ours.ms / (base.ms + pf.ms);
    console.log(`seed build ${(ours.ms / 1000).toFixed(1)} s vs baseline ${((base.ms + pf.ms) / 1000).toFixed(1)} s (${pages} pages): ratio ${ratio.toFixed(2)}`);
    expect(ratio).toBeLessThan(4);
  }, 600_000);
});
