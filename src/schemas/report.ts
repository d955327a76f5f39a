import { z } from 'zod';
import { blockSchema } from './block.ts';

/** Where a metadata field's value came from. */
export const fieldOriginSchema = z.enum(['inferred', 'curated', 'missing']);

/** A securities broker, in Chinese and English. */
export const brokerSchema = z.object({
  /** Registry id of the broker. */
  id: z.string(),
  /** Chinese name, e.g. 天风证券. */
  zh: z.string(),
  /** English name, e.g. Tianfeng Securities. */
  en: z.string(),
});

/** A section heading of a report. */
export const sectionSchema = z.object({
  /** Anchor id on the report page. */
  id: z.string(),
  /** Heading text. */
  title: z.string(),
  /** Heading level 1–6. */
  level: z.number().int().min(1).max(6),
  /** 1-based source line. */
  line: z.number().int().positive(),
});

/** A figure or table caption of a report. */
export const figureSchema = z.object({
  /** Anchor id, e.g. "fig-4" or "tab-1". */
  id: z.string(),
  /** Label as printed, e.g. "图 4". */
  label: z.string(),
  /** Caption text after the label. */
  title: z.string(),
  /** 1-based line of the caption. */
  line: z.number().int().positive(),
  /** 1-based line of its 资料来源 line, when found. */
  sourceLine: z.number().int().positive().optional(),
});

/** One ingested report. */
export const reportSchema = z.object({
  /** Stable id: the file name without extension. */
  id: z.string().min(1),
  /** Input file name. */
  file: z.string(),
  /** Title (inferred or curated). */
  title: z.string(),
  /** The broker that published it, when known. */
  broker: brokerSchema.nullable(),
  /** Publication date, ISO (YYYY, YYYY-MM or YYYY-MM-DD), when known. */
  date: z.string().nullable(),
  /** Analyst names. */
  analysts: z.array(z.string()),
  /** Rating as printed (e.g. 买入（维持评级）). */
  rating: z.string().nullable(),
  /** Sector (e.g. 计算机). */
  sector: z.string().nullable(),
  /** For each metadata field, whether it was inferred from the text, curated, or is missing. */
  fieldOrigin: z.record(z.string(), fieldOriginSchema),
  /** Text encoding the file was decoded from. */
  encoding: z.string(),
  /** SHA-256 of the decoded, newline-normalised text. */
  sha256: z.string(),
  /** Number of lines in the file. */
  lineCount: z.number().int().nonnegative(),
  /** Section headings in order. */
  sections: z.array(sectionSchema),
  /** Figure and table captions in order. */
  figures: z.array(figureSchema),
  /** The full text as blocks, covering every line. */
  blocks: z.array(blockSchema),
});
export type Report = z.infer<typeof reportSchema>;
export type Broker = z.infer<typeof brokerSchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Figure = z.infer<typeof figureSchema>;
