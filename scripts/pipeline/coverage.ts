import type { Claim, Report } from '../../src/schemas/index.ts';
import { htmlToText } from './html-table.ts';

export interface Coverage {
  report: string;
  /** Non-blank lines that are report content (not boilerplate, contents or furniture). */
  contentLines: number;
  /** Content lines inside at least one claim (so findable by search). */
  searchable: number;
  /** Lines left out as boilerplate, tables of contents or page furniture. */
  leftOut: number;
  /** Content lines no claim covers. */
  missing: number[];
}

const FOLDED = new Set(['boilerplate', 'toc', 'furniture']);

/**
 * Which content lines of a report are findable by search: every non-blank line of a content block
 * must fall inside a claim's line range. Lines of pure markup (an HTML "<table>" line) count as covered,
 * and so does a row copying a cell table whose row is covered.
 */
export function coverage(report: Report, claims: Claim[]): Coverage {
  const covered = new Uint8Array(report.lineCount + 2);
  for (const c of claims) if (c.report === report.id) for (let l = c.line; l <= c.lineEnd; l++) covered[l] = 1;
  let content = 0;
  let searchable = 0;
  let leftOut = 0;
  const missing: number[] = [];
  // A converter's copy of a cell table's rows is found through the claim of the row holding that table.
  const copyOf = new Map<number, number>();
  for (const b of report.blocks) for (const r of b.table?.rows ?? []) if (r.repeatOf !== undefined) copyOf.set(r.line, r.repeatOf);
  for (const b of report.blocks) {
    b.text.split('\n').forEach((t, i) => {
      if (t.trim() === '') return;
      const line = b.line + i;
      if (FOLDED.has(b.kind)) {
        leftOut++;
        return;
      }
      content++;
      if (covered[line] || covered[copyOf.get(line) ?? 0] || (b.kind === 'table' && htmlToText(t).trim() === '')) searchable++;
      else missing.push(line);
    });
  }
  return { report: report.id, contentLines: content, searchable, leftOut, missing };
}
