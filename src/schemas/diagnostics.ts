import { z } from 'zod';
import { issueSchema } from './issue.ts';

/** A name that looks like a model but is not in the registry. */
export const candidateSchema = z.object({
  /** The name as printed. */
  name: z.string(),
  /** Why it looked like a model. */
  reason: z.string(),
  /** Report id. */
  report: z.string(),
  /** First line it was seen on. */
  line: z.number().int().positive(),
  /** How often it was seen in that report. */
  count: z.number().int().positive(),
});
export type Candidate = z.infer<typeof candidateSchema>;

/** What the parser did with one report. */
export const reportStatsSchema = z.object({
  /** Report id. */
  report: z.string(),
  /** Input file name. */
  file: z.string(),
  /** Lines in the file. */
  lines: z.number().int().nonnegative(),
  /** Lines with content (not blank). */
  contentLines: z.number().int().nonnegative(),
  /** Lines classed as boilerplate, tables of contents or page furniture. */
  boilerplateLines: z.number().int().nonnegative(),
  /** Blocks by kind. */
  blocks: z.record(z.string(), z.number().int().nonnegative()),
  /** Tables found, and how many yielded benchmark results. */
  tables: z.number().int().nonnegative(),
  /** Tables that produced at least one result. */
  scoreTables: z.number().int().nonnegative(),
  /** Counts of extracted items. */
  claims: z.number().int().nonnegative(),
  results: z.number().int().nonnegative(),
  marketFigures: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
  models: z.number().int().nonnegative(),
  vendors: z.number().int().nonnegative(),
});
export type ReportStats = z.infer<typeof reportStatsSchema>;

/** Everything the ingest wants a person to look at. */
export const diagnosticsSchema = z.object({
  /** Per-report statistics. */
  reports: z.array(reportStatsSchema),
  /** Every issue found, in file/line order. */
  issues: z.array(issueSchema),
  /** Model-like names the registry does not know. */
  candidates: z.array(candidateSchema),
});
export type Diagnostics = z.infer<typeof diagnosticsSchema>;
