import type { Block, TableCell } from '../schemas/index.ts';

export interface GridRow {
  line: number;
  anchor: boolean;
  cells: TableCell[];
  /** A row whose one cell names the part of the table below it, spanning the width. */
  titleRow?: boolean;
  repeatOf?: number;
  repeatStarts?: boolean;
}

/**
 * Rows of a table block for rendering: the first row read from each source line carries that
 * line's anchor; lines of the block with no row (HTML markup lines) get anchors before the table.
 * A tab-separated two-level header is drawn as one: a group label spans the sub-headers under it
 * ("输入" over 文本 图片 语音 视频), a label with nothing under it spans both rows.
 */
export function toGridRows(b: Block): { rows: GridRow[]; anchorsBefore: number[] } {
  const seen = new Set<number>();
  const rows: GridRow[] = (b.table?.rows ?? []).map((r, i, all) => {
    const anchor = !seen.has(r.line);
    seen.add(r.line);
    // A converter's copy of a cell table's cells: said once, on its first row.
    const repeat = r.repeatOf !== undefined ? { repeatOf: r.repeatOf, repeatStarts: all[i - 1]?.repeatOf !== r.repeatOf } : {};
    return { line: r.line, anchor, cells: r.cells, ...repeat };
  });
  if (b.table?.format === 'tsv' && b.table.headerRows >= 2 && rows.length >= 2 && rows[0]!.line !== rows[1]!.line) {
    const [top, sub] = spanHeader(rows[0]!.cells, rows[1]!.cells);
    rows[0] = { ...rows[0]!, cells: top };
    rows[1] = { ...rows[1]!, cells: sub };
  }
  // A row that only names a part of the table ("基础能力 (英文)" over its benchmarks, 国金 图表17; "Training
  // Data (Sections 2.1 and 3)", 天风 图 19) spans the table's width instead of sitting in its first column.
  const width = Math.max(0, ...rows.map((r) => r.cells.reduce((n, c) => n + (c.colspan ?? 1), 0)));
  for (const r of rows) {
    const [first, ...rest] = r.cells;
    if (first && first.text.trim() !== '' && !first.table && rest.length > 0 && r.cells.every((c) => !c.rowspan && !c.colspan) && rest.every((c) => c.text.trim() === '' && !c.table)) {
      r.cells = [{ ...first, colspan: width }];
      r.titleRow = true;
    }
  }
  const anchorsBefore: number[] = [];
  for (let n = b.line; n <= b.lineEnd; n++) if (!seen.has(n)) anchorsBefore.push(n);
  return { rows, anchorsBefore };
}

/** The two rows of a two-level header, with the upper labels spanning what they head. */
export function spanHeader(top: TableCell[], sub: TableCell[]): [TableCell[], TableCell[]] {
  const filled = (cells: TableCell[], j: number) => (cells[j]?.text ?? '').trim() !== '';
  const outTop: TableCell[] = [];
  const dropped = new Set<number>();
  for (let j = 0; j < top.length; j++) {
    const cell = top[j]!;
    if (!filled(top, j)) {
      outTop.push(cell);
      continue;
    }
    let span = 1;
    while (j + span < top.length && !filled(top, j + span) && filled(sub, j + span)) span++;
    if (span > 1 && filled(sub, j)) {
      outTop.push({ ...cell, colspan: span });
      j += span - 1;
    } else if (span === 1 && !filled(sub, j) && j < sub.length) {
      outTop.push({ ...cell, rowspan: 2 });
      dropped.add(j);
    } else outTop.push(cell);
  }
  return [outTop, sub.filter((_, j) => !dropped.has(j))];
}
