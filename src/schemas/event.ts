import { z } from 'zod';
import { sourceSchema } from './source.ts';

/** A dated happening for the timeline. */
export const eventSchema = z.object({
  /** Stable id. */
  id: z.string(),
  /** ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** What happened. */
  kind: z.enum(['release', 'launch', 'funding', 'announcement']),
  /** Model id, for releases (a launch names its product in `label`). */
  model: z.string().nullable(),
  /** Vendor id. */
  vendor: z.string().nullable(),
  /**
   * What happened, in a few words, for events other than a model's release: the product launched
   * ("GPT 商店"), the money raised ("3亿美元").
   */
  label: z.string().optional(),
  /** The sentence or row it was read from (trimmed). */
  text: z.string(),
  /** The date as printed. */
  printed: z.string(),
  /** The time zone the report names right before the day (美国时间), as printed. */
  timeZone: z.string().optional(),
  /** Where it was read. */
  source: sourceSchema,
});
export type Event = z.infer<typeof eventSchema>;
