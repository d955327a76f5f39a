import { z } from 'zod';

/** Issue codes the pipeline can raise; each names one failure mode. */
export const issueCodeSchema = z.enum([
  'EmptyFile',
  'BinaryFile',
  'UndecodableText',
  'DecodedFromLegacyEncoding',
  'DuplicateReport',
  'UnclosedHtmlTable',
  'MalformedHtmlTable',
  'RaggedTableRow',
  'UnparsedTableCell',
  'UnknownEntityCandidate',
  'MissingMetadata',
  'InvalidMetaFile',
  'InvalidRegistryFile',
  'DuplicateAlias',
  'UnknownVendorReference',
  'UnknownSuiteReference',
  'OversizedLine',
  'BoilerplateOnly',
  'SchemaViolation',
  'ReadFailed',
]);
export type IssueCode = z.infer<typeof issueCodeSchema>;

/** One problem found while ingesting; collected, never thrown. */
export const issueSchema = z.object({
  /** Path of the file the problem is in, relative to the working directory. */
  file: z.string(),
  /** 1-based line, when the problem has one. */
  line: z.number().int().positive().optional(),
  /** Named failure mode. */
  code: issueCodeSchema,
  /** `error` stops the report from ingesting; `warning` and `info` do not. */
  severity: z.enum(['error', 'warning', 'info']),
  /** What is wrong. */
  message: z.string(),
  /** How to fix it. */
  hint: z.string().optional(),
});
export type Issue = z.infer<typeof issueSchema>;
