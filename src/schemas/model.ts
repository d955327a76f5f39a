import { z } from 'zod';
import { sourceSchema } from './source.ts';
import { dateAssertionSchema, priceAssertionSchema, quantityAssertionSchema } from './assertion.ts';

export const modalitySchema = z.enum(['text', 'image', 'video', 'audio', 'multimodal', 'code', 'robotics', '3d', 'other']);
export type Modality = z.infer<typeof modalitySchema>;

/** A model's modality as a report states it (a table's 数据类型 column: 多模态, 文本). */
export const modalityAssertionSchema = z.object({
  /** The modality the printed words name; several kinds of data ("文本、图像") are multimodal. */
  value: modalitySchema,
  /** The cell as printed. */
  printed: z.string(),
  /** Where it was read. */
  source: sourceSchema,
});
export type ModalityAssertion = z.infer<typeof modalityAssertionSchema>;

/** One canonical model across all reports. */
export const modelSchema = z.object({
  /** Stable URL slug, e.g. "gpt-4". */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Canonical English (or original) name. */
  name: z.string(),
  /** Chinese name, when it has one. */
  nameZh: z.string().nullable(),
  /** Every spelling seen in the reports plus registry aliases. */
  aliases: z.array(z.string()),
  /** Vendor id. */
  vendor: z.string().nullable(),
  /** Family model id (Gemini Ultra → gemini). */
  family: z.string().nullable(),
  /** What it works on, from the curated registry ("other" for a model it lacks). */
  modality: modalitySchema,
  /** Modalities as reports state them; where one differs from `modality`, the page shows both. */
  statedModality: z.array(modalityAssertionSchema),
  /** Open weights (true), closed (false), or not known (null): from the curated registry, not a report line. */
  open: z.boolean().nullable(),
  /** True when the model is in the curated registry; false when found only by patterns. */
  curated: z.boolean(),
  /** Release dates as reports state them. */
  releaseDate: z.array(dateAssertionSchema),
  /** Parameter counts as reports state them. */
  parameters: z.array(quantityAssertionSchema),
  /** Context windows in tokens as reports state them. */
  contextWindow: z.array(quantityAssertionSchema),
  /** Usage prices as reports state them. */
  prices: z.array(priceAssertionSchema),
  /** Attributes whose assertions disagree (e.g. "releaseDate"). */
  conflicts: z.array(z.string()),
  /** Report ids that mention the model. */
  reports: z.array(z.string()),
  /** Number of claims that mention it. */
  mentions: z.number().int().nonnegative(),
});
export type Model = z.infer<typeof modelSchema>;
