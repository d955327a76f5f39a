import { z } from 'zod';

/** A cell of a table inside a cell: plain text only, never markup. */
const plainCellSchema = z.object({
  /** Cell text with all markup removed. */
  text: z.string(),
  /** Rows this cell spans (HTML rowspan). */
  rowspan: z.number().int().positive().optional(),
  /** Columns this cell spans (HTML colspan). */
  colspan: z.number().int().positive().optional(),
  /** True for header cells. */
  header: z.boolean().optional(),
  /** Parts of `text` the report prints in bold, in order (a column's best score); none in header cells. */
  strong: z.array(z.string()).optional(),
});

/** A table that is the whole content of a cell (one level deep: tables inside it become cell text). */
export const nestedTableSchema = z.object({
  /** Number of leading rows that are header rows. */
  headerRows: z.number().int().nonnegative(),
  /** Rows in reading order. */
  rows: z.array(z.object({ cells: z.array(plainCellSchema) })),
});
export type NestedTable = z.infer<typeof nestedTableSchema>;

/** A table cell rebuilt from the report: plain text only, never markup. */
export const tableCellSchema = plainCellSchema.extend({
  /** When the cell holds only a table: that table, rebuilt from its cells (`text` is then its flattened text). */
  table: nestedTableSchema.optional(),
});
export type TableCell = z.infer<typeof tableCellSchema>;

/** A table row with the source line it was read from. */
export const tableRowSchema = z.object({
  /** 1-based source line of the row. */
  line: z.number().int().positive(),
  /** Cells in reading order. */
  cells: z.array(tableCellSchema),
  /**
   * The line of the row whose cell tables this row repeats: a converter writes a table inside a cell and
   * then its cells again as rows of their own (华福 图表8). Shown as printed, not read as data.
   */
  repeatOf: z.number().int().positive().optional(),
});
export type TableRow = z.infer<typeof tableRowSchema>;

/** A parsed table. */
export const tableSchema = z.object({
  /** How the table was written in the source. */
  format: z.enum(['tsv', 'html', 'spaced']),
  /** Number of leading rows that are header rows. */
  headerRows: z.number().int().nonnegative(),
  /** All rows, header rows first. */
  rows: z.array(tableRowSchema),
});
export type Table = z.infer<typeof tableSchema>;

export const blockKindSchema = z.enum([
  'heading',
  'paragraph',
  'list',
  'table',
  'caption',
  'source',
  'toc',
  'boilerplate',
  'furniture',
]);
export type BlockKind = z.infer<typeof blockKindSchema>;

/** A run of source lines with one role in the report. */
export const blockSchema = z.object({
  /** What the lines are. `toc`, `boilerplate` and `furniture` are kept out of search and data. */
  kind: blockKindSchema,
  /** First 1-based source line. */
  line: z.number().int().positive(),
  /** Last 1-based source line (inclusive). */
  lineEnd: z.number().int().positive(),
  /** The source lines of the block joined with "\n", one entry per line (contact details redacted). */
  text: z.string(),
  /** Heading level 1–6. */
  level: z.number().int().min(1).max(6).optional(),
  /** Figure/table label the block belongs to, e.g. "图 4". */
  figure: z.string().optional(),
  /** Anchor id of that figure, e.g. "fig-4". */
  figureId: z.string().optional(),
  /** Title of the section the block is in. */
  section: z.string().optional(),
  /** Why a block was classed as boilerplate or furniture. */
  reason: z.string().optional(),
  /** Parsed table, for `table` blocks. */
  table: tableSchema.optional(),
});
export type Block = z.infer<typeof blockSchema>;
