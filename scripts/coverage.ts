/**
 * Print, per report, how many content lines are findable by search (target 100%) and how many
 * lines were left out as boilerplate. Reads the ingest output:
 *   npm run coverage [-- --data DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Claim, Report } from '../src/schemas/index.ts';
import { coverage } from './pipeline/coverage.ts';

const i = process.argv.indexOf('--data');
const dir = i > 0 ? process.argv[i + 1]! : 'src/data/generated';
const reports = JSON.parse(readFileSync(join(dir, 'reports.json'), 'utf8')) as Report[];
const claims = JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as Claim[];
console.log('report                     content lines  searchable  coverage  left out (boilerplate/toc/furniture)');
let bad = 0;
for (const r of reports) {
  const c = coverage(r, claims);
  bad += c.missing.length;
  console.log(`${r.id.padEnd(26)} ${String(c.contentLines).padStart(13)} ${String(c.searchable).padStart(11)} ${((100 * c.searchable) / Math.max(1, c.contentLines)).toFixed(1).padStart(8)}% ${String(c.leftOut).padStart(9)}${c.missing.length ? `  missing: ${c.missing.slice(0, 10).join(', ')}` : ''}`);
}
process.exit(bad > 0 ? 1 : 0);
