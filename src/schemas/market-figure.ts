import { z } from 'zod';
import { sourceSchema } from './source.ts';

/**
 * Kinds of market figure; `growth` is a change of another figure ("同比增长 126%", "相比去年增长56倍"); `shipments`
 * counts things shipped ("出货量将达 167 万台").
 */
export const marketKindSchema = z.enum(['market-size', 'cagr', 'funding', 'capex', 'revenue', 'valuation', 'users', 'shipments', 'growth']);
export type MarketKind = z.infer<typeof marketKindSchema>;

/** One market figure as one report states it. */
export const marketFigureSchema = z.object({
  /** Stable id. */
  id: z.string(),
  /** What the figure is about, e.g. "China AI market size" (English) — groups figures across reports. */
  subject: z.string(),
  /**
   * What the figure is about, without its kind: "China AI" for both "China AI market size" and
   * "China AI CAGR", so a growth rate finds the market it belongs to. Empty when only the kind is known.
   */
  about: z.string(),
  /** Subject as printed in the report, e.g. 中国人工智能市场规模. */
  subjectZh: z.string(),
  /** What kind of figure. */
  kind: marketKindSchema,
  /** Region: "China", "Global", "US", … or null. */
  region: z.string().nullable(),
  /** Year, quarter, month or range it is for (2027, 2023Q4, 2024-05, 2023-2027; a fiscal year as printed: FY2025Q1), or null. */
  period: z.string().nullable(),
  /** The line that prints the period when another line than the figure's does (a year a slide prints under the box). */
  periodLine: z.number().int().positive().optional(),
  /** The number as printed (2058 for 2058亿元). */
  value: z.number(),
  /** High end of a printed range (300 亿至 370 亿 → 370). */
  valueMax: z.number().optional(),
  /** "more-than" for 超/突破, "up-to" for 最多, "about" for 约/近: the value is a bound or an approximation. */
  qualifier: z.enum(['more-than', 'up-to', 'about']).optional(),
  /** Unit as printed (亿元, 亿美元, %, 万). */
  unit: z.string(),
  /** Value in base units: currency units, people, or a fraction for percentages. */
  normalized: z.number(),
  /** ISO currency code, when monetary. */
  currency: z.enum(['CNY', 'USD']).nullable(),
  /** True for predictions (预计, E years). */
  forecast: z.boolean(),
  /** Vendor id, when the figure is about one company. */
  entity: z.string().nullable(),
  /** The phrase as printed. */
  printed: z.string(),
  /** Where it was read. */
  source: sourceSchema,
});
export type MarketFigure = z.infer<typeof marketFigureSchema>;
