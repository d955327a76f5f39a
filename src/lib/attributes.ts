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
