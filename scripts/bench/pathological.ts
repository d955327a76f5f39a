/**
 * Time per MB of the ingest pipeline on real text and on pathological input, at two sizes, to show
 * time stays linear in input size (no regular expression backtracks catastrophically).
 *   npm run bench:pathological [-- --mb 1,4]
 * Prints figures; asserts nothing.
 */
import { ingestCorpus } from '../pipeline/ingest-corpus.ts';
import { loadRegistry, REGISTRY_FILES } from '../pipeline/registry.ts';
import { readFileSync } from 'node:fs';
import { pathologicalInputs, realTextOfSize } from './inputs.ts';

const arg = process.argv.indexOf('--mb');
const sizes = (arg > 0 ? process.argv[arg + 1]! : '1,4').split(',').map(Number);
const files: Record<string, string> = {};
for (const n of Object.values(REGISTRY_FILES)) files[n] = readFileSync(`content/registry/${n}`, 'utf8');
const registry = loadRegistry('content/registry', files).value!;

function time(text: string): { ms: number; mb: number; issues: number; ok: boolean } {
  const bytes = new TextEncoder().encode(text);
  const t0 = performance.now();
  const out = ingestCorpus('bench', [{ name: 'x.txt', bytes }], {}, registry);
  const ms = performance.now() - t0;
  return { ms, mb: bytes.length / 1e6, issues: out.issues.length, ok: !out.issues.some((i) => i.code === 'SchemaViolation' || i.code === 'ReadFailed') };
}

const rows: string[][] = [['input', ...sizes.map((s) => `${s} MB: ms/MB`), 'growth (ms/MB large ÷ small)']];
const inputs: Array<[string, (mb: number) => string]> = [['real report text', (mb) => realTextOfSize(mb * 1e6)], ...Object.keys(pathologicalInputs(1000)).map((k) => [k, (mb: number) => pathologicalInputs(mb * 1e6)[k]!] as [string, (mb: number) => string])];
time(realTextOfSize(2e5)); // warm-up
for (const [name, make] of inputs) {
  const perMb = sizes.map((mb) => {
    const r = time(make(mb));
    if (!r.ok) throw new Error(`${name}: pipeline failed`);
    return r.ms / r.mb;
  });
  rows.push([name, ...perMb.map((x) => x.toFixed(0)), (perMb[perMb.length - 1]! / perMb[0]!).toFixed(2)]);
  console.error(`done: ${name}`);
}
const w = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  '));
