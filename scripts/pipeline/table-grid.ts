import type { Table } from '../../src/schemas/index.ts';

/** A table as a rectangular grid of cell texts, with each row's source line. */
export interface Grid {
  cells: string[][];
  lines: number[];
  width: number;
}

/** Expand rowspan/colspan into a rectangular grid (spanned positions repeat the cell text). */
export function toGrid(table: Table): Grid {
  const cells: string[][] = [];
  const lines: number[] = [];
  table.rows.forEach((row, r) => {
    const out: string[] = cells[r] ?? [];
    let c = 0;
    for (const cell of row.cells) {
      while (out[c] !== undefined) c++;
      const cs = cell.colspan ?? 1;
      const rs = cell.rowspan ?? 1;
      for (let dc = 0; dc < cs; dc++) {
        out[c + dc] = cell.text;
        for (let dr = 1; dr < rs; dr++) {
          const below = (cells[r + dr] ??= []);
          below[c + dc] = cell.text;
        }
      }
      c += cs;
    }
    cells[r] = out;
    lines[r] = row.line;
  });
  const width = Math.max(0, ...cells.map((r) => r.length));
  for (const r of cells) for (let c = 0; c < width; c++) r[c] ??= '';
  return { cells, lines, width };
}
