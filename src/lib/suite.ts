import type { Benchmark, Result } from '../schemas/index.ts';

/** Models beyond this many make the breakdown table too long for one page; the leaderboards still list them all. */
export const SUITE_MATRIX_ROWS = 150;

export interface SuiteRow {
  model: string;
  /** Per column (the suite, then each task): the model's results there, in source order. */
  cells: Result[][];
}

/**
 * A suite's breakdown: one row per model with a result on the suite or any of its tasks, one column
 * for the suite's overall score and one per task. Rows are ordered by the model's best overall
 * score in the suite's direction, then models without one, by id. Null past SUITE_MATRIX_ROWS models.
 */
export function suiteMatrix(suite: Benchmark, tasks: Benchmark[], resultsOf: (id: string) => Result[]): SuiteRow[] | null {
  const columns = [suite, ...tasks];
  const rows = new Map<string, SuiteRow>();
  columns.forEach((b, c) => {
    for (const r of resultsOf(b.id)) {
      const row = rows.get(r.model) ?? rows.set(r.model, { model: r.model, cells: columns.map(() => []) }).get(r.model)!;
      row.cells[c]!.push(r);
    }
  });
  if (rows.size > SUITE_MATRIX_ROWS) return null;
  const sign = suite.higherIsBetter ? -1 : 1;
  const best = (row: SuiteRow) => (row.cells[0]!.length === 0 ? null : Math.min(...row.cells[0]!.map((r) => sign * r.value)));
  return [...rows.values()].sort((a, b) => {
    const x = best(a);
    const y = best(b);
    if (x !== null && y !== null && x !== y) return x - y;
    if ((x === null) !== (y === null)) return x === null ? 1 : -1;
    return a.model.localeCompare(b.model);
  });
}
