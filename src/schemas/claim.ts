import { z } from 'zod';

/** The searchable unit: one sentence or one table row of a report. */
export const claimSchema = z.object({
  /** Stable id: `<report>-L<line>-<n>`. */
  id: z.string(),
  /** Report id. */
  report: z.string(),
  /** A sentence of running text or a row of a table. */
  kind: z.enum(['sentence', 'row']),
  /** The text (table rows joined with " | "). */
  text: z.string(),
  /** Section heading the claim is under. */
  section: z.string().nullable(),
  /** Figure/table label the claim belongs to, e.g. "图表 17". */
  figure: z.string().nullable(),
  /** Anchor id of that figure on the report page. */
  figureId: z.string().nullable(),
  /** First 1-based source line. */
  line: z.number().int().positive(),
  /** Last 1-based source line. */
  lineEnd: z.number().int().positive(),
  /** Model ids mentioned. */
  models: z.array(z.string()),
  /** Vendor ids mentioned. */
  vendors: z.array(z.string()),
  /** Benchmark ids mentioned. */
  benchmarks: z.array(z.string()),
});
export type Claim = z.infer<typeof claimSchema>;
