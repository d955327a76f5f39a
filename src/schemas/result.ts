import { z } from 'zod';
import { sourceSchema } from './source.ts';

/** One score of one model on one benchmark, as one report prints it. */
export const resultSchema = z.object({
  /** Stable id. */
  id: z.string(),
  /** Model id. */
  model: z.string(),
  /** Benchmark id. */
  benchmark: z.string(),
  /** The number as printed (86.4 for "86.4%"). */
  value: z.number(),
  /** "%" when printed as a percentage, otherwise the benchmark's unit or "". */
  unit: z.string(),
  /** Evaluation setting as printed (5-shot, CoT@32, 0-shot (IT)), or null. */
  setting: z.string().nullable(),
  /** The cell or phrase as printed. */
  printed: z.string(),
  /** Where it was read. */
  source: sourceSchema,
});
export type Result = z.infer<typeof resultSchema>;
