import type { Block, TableCell } from '../schemas/index.ts';

/**
 * Rows of a table block for rendering: the first row read from each source line carries that
 * line's anchor; lines of the block with no row (HTML markup lines) get anchors before the table.
 */
export function toGridRows(b: Block): { rows: Array<{ line: number; anchor: boolean; cells: TableCell[] }>; anchorsBefore: number[] } {
  const seen = new Set<number>();
  const rows = (b.table?.rows ?? []).map((r) => {
    const anchor = !seen.has(r.line);
    seen.add(r.line);
    return { line: r.line, anchor, cells: r.cells };
  });
  const anchorsBefore: number[] = [];
  for (let n = b.line; n <= b.lineEnd; n++) if (!seen.has(n)) anchorsBefore.push(n);
  return { rows, anchorsBefore };
}
