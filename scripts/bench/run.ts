/**
 * Scale benchmark: synthetic corpora of 10, 100, 1,000 and 5,000 reports through ingest, Astro
 * build and Pagefind, against a bare Astro + Pagefind baseline with the same number of pages,
 * plus search cost in the browser and the pathological-input table. Writes BENCHMARKS.md.
 *   npm run bench [-- --sizes 10,100,1000]
 * Prints figures; asserts nothing about time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { writeBaselineSite } from './baseline.ts';
import { countHtml, du, measure } from './measure.ts';
import { searchCost } from './search-cost.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

const arg = process.argv.indexOf('--sizes');
const sizes = (arg > 0 ? process.argv[arg + 1]! : '10,100,1000,5000').split(',').map(Number);
const root = process.cwd();
const work = join(root, 'tmp/bench');
const env = (extra: Record<string, string>) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra });
const mb = (b: number) => (b / 1e6).toFixed(1);
const s = (ms: number) => (ms / 1000).toFixed(1);

interface Row {
  n: number;
  corpusMb: number;
  ingestMs: number;
  astroMs: number;
  pagefindMs: number;
  totalMs: number;
  pages: number;
  peakMb: number;
  distMb: number;
  pagefindMb: number;
  baseMs: number;
  basePagefindMs: number;
  basePeakMb: number;
}

const rows: Row[] = [];
const searchRows: Array<{ corpus: string; query: string; kb: number; ms: number; results: string }> = [];
// First, so a failure shows in minutes rather than after the hour the large sizes take.
let patho: string;
try {
  patho = execFileSync('node', ['scripts/bench/pathological.ts', '--mb', '1,4'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
} catch (e) {
  patho = `failed: ${String((e as { stderr?: string }).stderr ?? e).split('\n').find((l) => l.startsWith('Error')) ?? e}`;
  console.error(`pathological bench ${patho}`);
}
for (const n of sizes) {
  const dir = join(work, `corpus-${n}`);
  const corpus = writeSyntheticCorpus(n, dir);
  const data = join(dir, 'data');
  const dist = join(dir, 'dist');
  const ingest = await measure('node', ['scripts/ingest.ts', '--in', corpus.reports, '--out', data, '--registry', corpus.registry, '--keep-going', '--quiet'], { env: env({}) });
  const build = await measure('npx', ['astro', 'build', '--outDir', dist], { env: env({ REPORT_DATA_DIR: data, ASTRO_CACHE_DIR: join(dir, 'cache') }) });
  const pf = await measure('node', ['scripts/search-index.ts', dist], { env: env({}) });
  const pages = countHtml(dist);
  const baseDir = join(dir, 'baseline');
  writeBaselineSite(baseDir, pages, corpus.reports);
  const base = await measure('npx', ['astro', 'build', '--root', baseDir], { env: env({ ASTRO_CACHE_DIR: join(baseDir, 'cache') }) });
  // Indexed like our build (Pagefind's Node API, in chunks): the Pagefind CLI ran out of memory at 5,000 reports.
  const basePf = await measure('node', ['scripts/search-index.ts', join(baseDir, 'dist')], { env: env({}) });
  rows.push({
    n,
    corpusMb: corpus.bytes / 1e6,
    ingestMs: ingest.ms,
    astroMs: build.ms,
    pagefindMs: pf.ms,
    totalMs: ingest.ms + build.ms + pf.ms,
    pages,
    peakMb: Math.max(ingest.peakRssMb, build.peakRssMb, pf.peakRssMb),
    distMb: du(dist) / 1e6,
    pagefindMb: du(join(dist, 'pagefind')) / 1e6,
    baseMs: base.ms + basePf.ms,
    basePagefindMs: basePf.ms,
    basePeakMb: Math.max(base.peakRssMb, basePf.peakRssMb),
  });
  console.error(`size ${n}: ingest ${s(ingest.ms)} s (${ingest.peakRssMb.toFixed(0)} MB), Astro ${s(build.ms)} s (${build.peakRssMb.toFixed(0)} MB), search index ${s(pf.ms)} s (${pf.peakRssMb.toFixed(0)} MB), ${pages} pages, baseline ${s(base.ms + basePf.ms)} s (${base.peakRssMb.toFixed(0)} / ${basePf.peakRssMb.toFixed(0)} MB)`);
  if (n === 1000 || (n === sizes[sizes.length - 1] && !sizes.includes(1000))) {
    for (const r of await searchCost(dist, ['GPT-4', 'MMLU 90'])) searchRows.push({ corpus: `${n} synthetic reports`, ...r });
  }
}
if (existsSync(join(root, 'dist/search/index.html'))) for (const r of await searchCost(join(root, 'dist'), ['GPT-4', 'MMLU 90'])) searchRows.push({ corpus: '5 seed reports', ...r });


const table = (head: string[], body: string[][]) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const first = rows.find((r) => r.n >= 100) ?? rows[0]!;
const md = `# Benchmarks

Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}, on this project's standard machine:
${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, Node ${process.versions.node}, Debian.
Times vary from run to run on these shared machines; compare the ratios within one run.

## Build at scale

Synthetic corpora (\`scripts/bench/synthetic.ts\`): reports recombined from blocks of the five seed
reports, with two new model names each (added to a copy of the registry), perturbed numbers and
shifted years. The baseline is a bare Astro site with the same number of pages of plain report text
(one whole report per page), built in the same run and indexed the way our build indexes: Pagefind's
Node API in chunks of 5 MB of HTML. (The Pagefind CLI, which holds one index in memory, used 7 GB on
the 1,000-report baseline and ran out of memory on the 5,000-report one.) Ingest, \`astro build\` and the
search index (\`scripts/search-index.ts\`) run one after another as processes of their own, as
\`npm run build\` runs them; peak RSS is the largest of the three, each summed over its process tree.

${table(
  ['reports', 'corpus MB', 'ingest s', 'Astro s', 'Pagefind s', 'total s', 'pages', 'pages/s', 'peak RSS MB', 'dist MB', 'index MB', 'baseline s', 'ours ÷ baseline', 'ms per report'],
  rows.map((r) => [String(r.n), r.corpusMb.toFixed(1), s(r.ingestMs), s(r.astroMs), s(r.pagefindMs), s(r.totalMs), String(r.pages), (r.pages / (r.totalMs / 1000)).toFixed(0), r.peakMb.toFixed(0), r.distMb.toFixed(0), r.pagefindMb.toFixed(1), s(r.baseMs), (r.totalMs / r.baseMs).toFixed(2), (r.totalMs / r.n).toFixed(0)]),
)}

Growth: time per report at ${rows[rows.length - 1]!.n} reports is ${((rows[rows.length - 1]!.totalMs / rows[rows.length - 1]!.n) / (first.totalMs / first.n)).toFixed(2)}× the time per report at ${first.n}${
  rows.length > 2 ? ` and ${((rows[rows.length - 1]!.totalMs / rows[rows.length - 1]!.n) / (rows[rows.length - 2]!.totalMs / rows[rows.length - 2]!.n)).toFixed(2)}× the time per report at ${rows[rows.length - 2]!.n}` : ''
} (fixed start-up costs weigh most at the small sizes).

## Search cost in the browser

Bytes transferred (Pagefind script, WebAssembly, index chunks and fragments) and time until the
results are shown, for a first query and then a second one in the same page (warm cache).

${table(['corpus', 'query', 'kB transferred', 'ms', 'status'], searchRows.map((r) => [r.corpus, r.query, r.kb.toFixed(0), r.ms.toFixed(0), r.results]))}

## Pathological input (ingest pipeline only)

\`npm run bench:pathological\`: milliseconds per MB at two sizes; a growth ratio near 1 means linear time.

\`\`\`
${patho.trim()}
\`\`\`
${lighthouseSection()}`;
writeFileSync(join(root, 'BENCHMARKS.md'), md);

/** The Lighthouse scores the test suite recorded (tests/perf/lighthouse.test.ts), with the date it ran. */
function lighthouseSection(): string {
  const path = join(root, 'tmp/lighthouse-scores.json');
  if (!existsSync(path)) return '';
  const scores = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Record<string, number>>;
  const cats = ['performance', 'accessibility', 'best-practices', 'seo'];
  return `
## Lighthouse

Recorded by \`npm test\` (tests/perf/lighthouse.test.ts, best of two runs, system Chromium) on
${statSync(path).mtime.toISOString().slice(0, 10)} over the five seed reports' site. Budgets: performance ≥ 95; the others 100.

${table(['page', ...cats], Object.entries(scores).map(([page, sc]) => [page, ...cats.map((c) => String(sc[c] ?? '—'))]))}
`;
}
console.log(md);
void mb;
