import { z } from 'zod';

/** A benchmark or evaluation metric. */
export const benchmarkSchema = z.object({
  /** Stable URL slug. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** Canonical name. */
  name: z.string(),
  /** Every spelling seen plus registry aliases. */
  aliases: z.array(z.string()),
  /** What it measures, one line. */
  measures: z.string(),
  /** Usual unit of its scores ("%", "Elo", "score"). */
  unit: z.string(),
  /** True when a higher score is better (false for FVD, LPIPS, error rates). */
  higherIsBetter: z.boolean(),
  /** Broad area (knowledge, math, code, vision …). */
  category: z.string(),
  /** Id of the suite it is a task of (BoolQ → superglue), when the reports mention that suite; else null. */
  suite: z.string().nullable(),
  /** Number of results recorded. */
  results: z.number().int().nonnegative(),
  /** Report ids with results for it. */
  reports: z.array(z.string()),
});
export type Benchmark = z.infer<typeof benchmarkSchema>;
