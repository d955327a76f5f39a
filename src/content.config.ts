import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import {
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
  reports: fromIngest('reports.json', reportSchema),
  models: fromIngest('models.json', modelSchema),
  vendors: fromIngest('vendors.json', vendorSchema),
  benchmarks: fromIngest('benchmarks.json', benchmarkSchema),
  results: fromIngest('results.json', resultSchema),
  marketFigures: fromIngest('market-figures.json', marketFigureSchema),
  events: fromIngest('events.json', eventSchema),
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
