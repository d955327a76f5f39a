import type { Model } from '../schemas/index.ts';
import { quantityLabel } from './format.ts';

/** An attribute as a view over its assertions: distinct values, each with every source that states it. */
export interface ValueGroup<T> {
  value: T;
  label: string;
  sources: Array<{ report: string; line: number; printed: string }>;
}

/** Group assertions by displayed value, keeping every source; order by first appearance. */
export function groupAssertions<A extends { printed: string; source: { report: string; line: number } }>(xs: A[], label: (a: A) => string): ValueGroup<string>[] {
  const groups = new Map<string, ValueGroup<string>>();
  for (const a of xs) {
    const l = label(a);
    const g = groups.get(l) ?? { value: l, label: l, sources: [] };
    g.sources.push({ report: a.source.report, line: a.source.line, printed: a.printed });
    groups.set(l, g);
  }
  return [...groups.values()];
}

/** Model attributes whose assertions can disagree, as the pages name them. */
export const ATTRIBUTE_LABELS: Record<string, string> = { releaseDate: 'Release date', parameters: 'Parameters', contextWindow: 'Context window', prices: 'Prices', modality: 'Modality (as stated)' };

/** A model attribute's values as shown: dates as printed in ISO, sizes as "≈ 1.8T", windows in tokens, prices per direction. */
export function attributeGroups(m: Model, attr: string): ValueGroup<string>[] {
  // A day stated in a named time zone says so: beside the next day without one, it is the same day.
  if (attr === 'releaseDate') return groupAssertions(m.releaseDate, (d) => (d.timeZone ? `${d.value} (${d.timeZone})` : d.value));
  if (attr === 'parameters') return groupAssertions(m.parameters, quantityLabel);
  if (attr === 'contextWindow') return groupAssertions(m.contextWindow, (q) => quantityLabel(q, q.unit ?? 'tokens'));
  if (attr === 'modality') return groupAssertions(m.statedModality, (x) => x.value);
  return groupAssertions(m.prices, (p) => `${p.direction} ${p.currency} ${p.value}${p.variant ? ` (${p.variant})` : ''}`);
}
