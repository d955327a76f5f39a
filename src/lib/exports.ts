import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { dataDir } from './data-dir.ts';

/** The collections published under /data/, their ingest file and schema module. */
export const EXPORTS = [
  { name: 'reports', file: 'reports.json', schema: 'report.ts', omitInCsv: ['blocks', 'sections', 'figures'] },
  { name: 'claims', file: 'claims.json', schema: 'claim.ts', omitInCsv: [] },
  { name: 'models', file: 'models.json', schema: 'model.ts', omitInCsv: [] },
  { name: 'vendors', file: 'vendors.json', schema: 'vendor.ts', omitInCsv: [] },
  { name: 'benchmarks', file: 'benchmarks.json', schema: 'benchmark.ts', omitInCsv: [] },
  { name: 'results', file: 'results.json', schema: 'result.ts', omitInCsv: [] },
  { name: 'market-figures', file: 'market-figures.json', schema: 'market-figure.ts', omitInCsv: [] },
  { name: 'events', file: 'events.json', schema: 'event.ts', omitInCsv: [] },
] as const;

const ROOT = process.cwd();
/** The ingest output file, byte for byte. */
export const ingestFile = (file: string): string => readFileSync(join(isAbsolute(dataDir()) ? dataDir() : join(ROOT, dataDir()), file), 'utf8');
/** A schema module's source text (for field docs). */
export const schemaSource = (file: string): string => readFileSync(join(ROOT, 'src/schemas', file), 'utf8');
