import { buildMatcher } from '../../scripts/pipeline/entities.ts';
import { amountFinder } from '../../scripts/pipeline/numbers.ts';
import type { Sentence } from '../../scripts/pipeline/sentence-context.ts';
import { registry } from './corpus.ts';

export const reg = registry();
export const matcher = buildMatcher(reg);
export const findAmounts = amountFinder(reg.units);

/** A sentence as the fact readers see it, all on one source line. */
export function sentence(text: string, opts: { line?: number; reportDate?: string | null; contextVendors?: string[]; caption?: string; recent?: boolean; parameterColumn?: boolean } = {}): Sentence {
  return { text, lineAt: () => opts.line ?? 1, mentions: matcher.find(text), contextVendors: opts.contextVendors ?? [], reportDate: opts.reportDate ?? null, ...(opts.caption ? { caption: opts.caption } : {}), ...(opts.recent ? { recent: true } : {}), ...(opts.parameterColumn ? { parameterColumn: true } : {}) };
}
