import { z } from 'zod';

/** A company, lab or university that makes models. */
export const vendorSchema = z.object({
  /** Stable URL slug. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  /** English name. */
  name: z.string(),
  /** Chinese name, when it has one. */
  nameZh: z.string().nullable(),
  /** Every spelling seen plus registry aliases. */
  aliases: z.array(z.string()),
  /** ISO 3166 alpha-2 country code, e.g. "US", "CN". */
  country: z.string().nullable(),
  /** What kind of organisation. */
  kind: z.enum(['company', 'lab', 'university', 'institute', 'other']),
  /** Model ids it makes. */
  models: z.array(z.string()),
  /** Report ids that mention it. */
  reports: z.array(z.string()),
  /** Number of claims that mention it. */
  mentions: z.number().int().nonnegative(),
});
export type Vendor = z.infer<typeof vendorSchema>;
