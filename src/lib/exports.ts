import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { COLLECTION_FILES } from '../schemas/index.ts';
import { dataDir } from './data-dir.ts';

/** The collections published under /data/, their ingest file and schema module. */
export const EXPORTS = [
  { name: 'reports', file: COLLECTION_FILES.reports, schema: 'report.ts', omitInCsv: ['blocks', 'sections', 'figures'] },
  { name: 'claims', file: COLLECTION_FILES.claims, schema: 'claim.ts', omitInCsv: [] },
  { name: 'models', file: COLLECTION_FILES.models, schema: 'model.ts', omitInCsv: [] },
  { name: 'vendors', file: COLLECTION_FILES.vendors, schema: 'vendor.ts', omitInCsv: [] },
  { name: 'benchmarks', file: COLLECTION_FILES.benchmarks, schema: 'benchmark.ts', omitInCsv: [] },
  { name: 'results', file: COLLECTION_FILES.results, schema: 'result.ts', omitInCsv: [] },
  { name: 'market-figures', file: COLLECTION_FILES.marketFigures, schema: 'market-figure.ts', omitInCsv: [] },
  { name: 'events', file: COLLECTION_FILES.events, schema: 'event.ts', omitInCsv: [] },
] as const;

/** models.csv shows these lists' values; /data/model-facts.csv has one row per assertion with its source. */
export const MODEL_FACTS = ['releaseDate', 'parameters', 'contextWindow', 'prices', 'statedModality'] as const;

const ROOT = process.cwd();
/** The ingest output file, byte for byte. */
export const ingestFile = (file: string): string => readFileSync(join(isAbsolute(dataDir()) ? dataDir() : join(ROOT, dataDir()), file), 'utf8');
/** A schema module's source text (for field docs). */
export const schemaSource = (file: string): string => readFileSync(join(ROOT, 'src/schemas', file), 'utf8');
