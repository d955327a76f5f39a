import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import {
  COLLECTION_FILES,
  benchmarkSchema,
  eventSchema,
  marketFigureSchema,
  modelSchema,
  reportSchema,
  resultSchema,
  vendorSchema,
} from './schemas/index.ts';

import { dataDir } from './lib/data-dir.ts';

/**
 * Collections over the ingest output (src/data/generated), validated by the shared schemas.
 * Claims are not a collection: at a thousand reports they are the largest file, and the content
 * layer's validated copy and data store would double the build's memory; src/lib/data.ts reads
 * claims.json directly (the ingest already validated it against claimSchema).
 */
const DATA = dataDir();
const fromIngest = <T extends z.ZodType>(name: string, schema: T) => defineCollection({ loader: file(`${DATA}/${name}`), schema });

export const collections = {
  reports: fromIngest(COLLECTION_FILES.reports, reportSchema),
  models: fromIngest(COLLECTION_FILES.models, modelSchema),
  vendors: fromIngest(COLLECTION_FILES.vendors, vendorSchema),
  benchmarks: fromIngest(COLLECTION_FILES.benchmarks, benchmarkSchema),
  results: fromIngest(COLLECTION_FILES.results, resultSchema),
  marketFigures: fromIngest(COLLECTION_FILES.marketFigures, marketFigureSchema),
  events: fromIngest(COLLECTION_FILES.events, eventSchema),
  /** Optional curated editorial notes (MDX) on a model, vendor or market. */
  notes: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content/notes' }),
    schema: z.object({
      /** Note title. */
      title: z.string(),
      /** What the note is about: "model:gpt-4", "vendor:openai" or "market:<subject>". */
      about: z.string().optional(),
      /** One-line summary for lists. */
      summary: z.string().optional(),
    }),
  }),
};
