import type { Report } from '../schemas/index.ts';
import { toGridRows } from './table-view.ts';

const linesOf = new WeakMap<Report, Map<number, string[]>>();

/** The cell texts of every table line that has cell anchors on the report page (a line's first row), by line. */
function tableLines(r: Report): Map<number, string[]> {
  let m = linesOf.get(r);
  if (!m) {
    m = new Map();
    for (const b of r.blocks) {
      if (b.kind !== 'table' || !b.table) continue;
      for (const row of toGridRows(b).rows) if (row.anchor) m.set(row.line, row.cells.map((c) => c.text));
    }
    linesOf.set(r, m);
  }
  return m;
}

/**
 * Does `text` print `printed` as a whole number ("86.4" is in "86.4%", not in "186.4", "86.45",
 * "GPT-3.5", "1,750" or "-5.2")? A printed text that starts with a letter or sign is matched as is.
 */
export function printsValue(text: string, printed: string): boolean {
  if (printed === '') return false;
  const glued = /^[\d.]/.test(printed) ? /[\p{L}\d.,\-_]/u : /[\d.]/;
  for (let i = text.indexOf(printed); i >= 0; i = text.indexOf(printed, i + 1)) {
    const before = text.slice(Math.max(0, i - 1), i);
    const after = text.slice(i + printed.length, i + printed.length + 2);
    if (!glued.test(before) && !/^(\d|[.,]\d)/.test(after)) return true;
  }
  return false;
}

/**
 * The anchor a value's source link lands on: in a table, the one cell of its line that prints the
 * value ("L603c4", highlighted within its row), else the line ("L603").
 */
export function sourceAnchor(r: Report | undefined, line: number, printed?: string): string {
  const base = `L${line}`;
  const cells = r && printed ? tableLines(r).get(line) : undefined;
  if (!cells) return base;
  // The first cell is the row's label (a model's name may print the number: "GPT-3.5"); values are in the others.
  const hits = cells.flatMap((t, j) => (j > 0 && t && printsValue(t, printed!.trim()) ? [j] : []));
  return hits.length === 1 ? `${base}c${hits[0]}` : base;
}
