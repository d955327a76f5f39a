import { z } from 'zod';

/** Where a fact was read: the report and the 1-based line in its source file. */
export const sourceSchema = z.object({
  /** Report id (the file name without extension). */
  report: z.string().min(1),
  /** 1-based line number in the report file. */
  line: z.number().int().positive(),
  /** Section heading the line sits under, when there is one. */
  section: z.string().optional(),
  /** Figure or table label the line belongs to, e.g. "图 4". */
  figure: z.string().optional(),
});
export type Source = z.infer<typeof sourceSchema>;
