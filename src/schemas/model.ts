import { z } from 'zod';
import { dateAssertionSchema, priceAssertionSchema, quantityAssertionSchema } from './assertion.ts';

export const modalitySchema = z.enum(['text', 'image', 'video', 'audio', 'multimodal', 'code', 'robotics', '3d', 'other']);
export type Modality = z.infer<typeof modalitySchema>;

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
  /** What it works on. */
  modality: modalitySchema,
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
