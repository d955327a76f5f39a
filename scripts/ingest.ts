/**
 * CLI: ingest a folder of reports into the collections the site reads.
 *   npm run ingest                       content/reports → src/data/generated
 *   npm run ingest -- --in DIR --out DIR
 * Prints every issue in one pass; exits 1 on errors (unless --keep-going and something ingested).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadRegistry, REGISTRY_FILES } from './pipeline/registry.ts';
import { COLLECTION_FILES } from '../src/schemas/index.ts';
import { formatIssue, ingestCorpus, reportIdOf, toJson } from './pipeline/ingest-corpus.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const flag = (name: string) => process.argv.includes(`--${name}`);

const inDir = arg('in', 'content/reports');
const outDir = arg('out', 'src/data/generated');
const regDir = arg('registry', 'content/registry');
const quiet = flag('quiet');
const t0 = performance.now();

const regFiles: Record<string, string | undefined> = {};
for (const name of Object.values(REGISTRY_FILES)) {
  const p = join(regDir, name);
  regFiles[name] = existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}
const reg = loadRegistry(relative('.', regDir) || regDir, regFiles);
if (!reg.value) {
  for (const i of reg.issues) console.error(formatIssue(i));
  console.error(`ingest: the registry in ${regDir} has errors; nothing was ingested`);
  process.exit(1);
}
if (!existsSync(inDir)) {
  console.error(`ingest: input folder ${inDir} does not exist — pass --in DIR`);
  process.exit(1);
}
const names = readdirSync(inDir).sort();
const files = names.filter((n) => /\.(txt|md|text)$/i.test(n)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(inDir, name))) }));
const metas: Record<string, string> = {};
for (const n of names) if (n.endsWith('.meta.yaml')) metas[reportIdOf(n.replace(/\.meta\.yaml$/, '.txt'))] = readFileSync(join(inDir, n), 'utf8');
const tRead = performance.now();

const out = ingestCorpus(relative('.', inDir) || inDir, files, metas, reg.value);
const issues = [...reg.issues, ...out.issues];
const errors = issues.filter((i) => i.severity === 'error');
const schemaBroken = issues.some((i) => i.code === 'SchemaViolation');

if (!schemaBroken) {
  mkdirSync(outDir, { recursive: true });
  for (const [key, file] of Object.entries(COLLECTION_FILES)) writeFileSync(join(outDir, file), toJson(out.collections[key as keyof typeof COLLECTION_FILES]));
  writeFileSync(join(outDir, 'diagnostics.json'), toJson(out.collections.diagnostics));
}
const tEnd = performance.now();

const shown = issues.filter((i) => !quiet || i.severity !== 'info');
for (const i of shown) console.error(formatIssue(i));
const c = out.collections;
const lines = c.reports.reduce((s, r) => s + r.lineCount, 0);
console.log(
  `ingest: ${out.ingested} of ${files.length} reports (${lines} lines) → ${c.claims.length} claims, ${c.models.length} models, ${c.vendors.length} vendors, ` +
    `${c.benchmarks.length} benchmarks, ${c.results.length} results, ${c.marketFigures.length} market figures, ${c.events.length} events`,
);
console.log(
  `ingest: pipeline ${out.ms.toFixed(0)} ms, read ${(tRead - t0).toFixed(0)} ms, write ${(tEnd - tRead - out.ms).toFixed(0)} ms; ` +
    `${errors.length} errors, ${issues.filter((i) => i.severity === 'warning').length} warnings, ${issues.filter((i) => i.severity === 'info').length} notes → ${outDir}`,
);
if (schemaBroken) process.exit(1);
if (errors.length > 0 && !(flag('keep-going') && out.ingested > 0)) process.exit(1);
