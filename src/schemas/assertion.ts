import { z } from 'zod';
import { sourceSchema } from './source.ts';

/** A release date as a report states it. */
export const dateAssertionSchema = z.object({
  /** ISO date: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** The date as printed. */
  printed: z.string(),
  /** The time zone the report names right before a day (美国时间 12 月 6 日), as printed. */
  timeZone: z.string().optional(),
  /** Where it was read. */
  source: sourceSchema,
});
export type DateAssertion = z.infer<typeof dateAssertionSchema>;

/**
 * Two days that may be one day in two time zones: a day apart, one of them stated in a named time
 * zone (美国时间 12 月 6 日 beside 12 月 7 日, Beijing time). They are one date, not a disagreement.
 */
export function sameDayElsewhere(a: { value: string; timeZone?: string | undefined }, b: { value: string; timeZone?: string | undefined }): boolean {
  if (a.timeZone === b.timeZone || a.value.length !== 10 || b.value.length !== 10) return false;
  return Math.abs(Date.parse(a.value) - Date.parse(b.value)) === 86_400_000;
}

/** A number (parameter count, context window) as a report states it. */
export const quantityAssertionSchema = z.object({
  /** Value in base units (parameters, tokens); the low end of a range. */
  value: z.number(),
  /** High end, for ranges such as 70-650亿. */
  max: z.number().optional(),
  /** "more-than" for 大于/超, "estimate" for unofficial estimates. */
  qualifier: z.enum(['more-than', 'up-to', 'about', 'estimate']).optional(),
  /** A size variant this value belongs to (e.g. "70B"), so variants are not read as disagreement. */
  variant: z.string().optional(),
  /** A context window counted in Chinese characters ("200 万字"), not tokens: never compared with one in tokens. */
  unit: z.enum(['characters']).optional(),
  /** As printed, e.g. "1750亿". */
  printed: z.string(),
  /** Where it was read. */
  source: sourceSchema,
});
export type QuantityAssertion = z.infer<typeof quantityAssertionSchema>;

/** A usage price as a report states it. */
export const priceAssertionSchema = z.object({
  /** Price in `currency` per `per` tokens (or per unit when `unit` is not tokens). */
  value: z.number(),
  /** ISO currency code. */
  currency: z.enum(['USD', 'CNY']),
  /** How many tokens the price is for (1000, 1000000). */
  per: z.number().positive(),
  /** What is priced. */
  direction: z.enum(['input', 'output', 'training', 'unspecified']),
  /** Variant the price is for (e.g. "8K", "128K"). */
  variant: z.string().optional(),
  /** As printed. */
  printed: z.string(),
  /** Where it was read. */
  source: sourceSchema,
});
export type PriceAssertion = z.infer<typeof priceAssertionSchema>;
