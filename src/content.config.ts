import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
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
 * Claims and the reports' full text (blocks) are not in the content layer: at a thousand reports
 * they are the two largest files, and the content layer's validated copy and data store would
 * double the build's memory; src/lib/data.ts reads them directly (the ingest already validated
 * them against claimSchema and reportSchema). Reports are a collection of their metadata.
 */
const DATA = dataDir();
const fromIngest = <T extends z.ZodType>(name: string, schema: T) => defineCollection({ loader: file(`${DATA}/${name}`), schema });

/** Reports without their blocks (each report's metadata, sections and figures). */
function reportMetadata(path: string): Loader {
  return {
    name: 'report-metadata',
    load: async ({ store, parseData }) => {
      const rows = JSON.parse(readFileSync(path, 'utf8')) as Array<Record<string, unknown> & { id: string }>;
      store.clear();
      for (const { blocks: _blocks, ...meta } of rows) store.set({ id: meta.id, data: await parseData({ id: meta.id, data: meta }) });
    },
  };
}

export const collections = {
  reports: defineCollection({ loader: reportMetadata(`${DATA}/${COLLECTION_FILES.reports}`), schema: reportSchema.omit({ blocks: true }) }),
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
