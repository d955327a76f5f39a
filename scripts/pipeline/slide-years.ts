import type { Block } from '../../src/schemas/index.ts';

/** A line that is only a year ("2019"): the segmenter files it as page furniture (a tick or page number). */
const LONE_YEAR = /^\s*((?:19|20)\d{2})\s*$/;
/** A slide's text box: a paragraph of short lines (the converter broke the box's text at its width). */
const BOX_LINE_CHARS = 12;

/** The label a slide puts on its boxes: the year, and the line that prints it. */
export interface SlideYear {
  year: number;
  line: number;
}

const loneYear = (b: Block): number | null => (b.kind === 'furniture' ? Number(LONE_YEAR.exec(b.text)?.[1] ?? NaN) || null : null);
const isBox = (b: Block): boolean => {
  if (b.kind !== 'paragraph') return false;
  const lines = b.text.split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean);
  return lines.length > 0 && lines.every((l) => [...l].length <= BOX_LINE_CHARS);
};

/**
 * Years a slide's timeline prints as labels of its text boxes (国元 "OpenAI 发展历程": a box "OpenAI 接受
 * 微软10亿美元投资…", then a line "2019"). In a run of boxes and lone-year lines, the run's first item
 * says which way the labels go: a run that opens with a box has each year under the boxes before it
 * (back to the previous year); one that opens with a year has it over the boxes after it. Boxes past
 * the last label, and runs without a box or a year, get none. Keyed by the box's first line.
 */
export function slideYears(blocks: readonly Block[]): Map<number, SlideYear> {
  const out = new Map<number, SlideYear>();
  let run: Block[] = [];
  const close = () => {
    const years = run.filter((b) => loneYear(b) !== null);
    if (years.length > 0 && years.length < run.length) {
      const labelsAfter = loneYear(run[0]!) === null;
      let pending: Block[] = [];
      let current: SlideYear | null = null;
      for (const b of run) {
        const y = loneYear(b);
        if (y === null) {
          if (labelsAfter) pending.push(b);
          else if (current) out.set(b.line, current);
          continue;
        }
        current = { year: y, line: b.line };
        if (labelsAfter) for (const box of pending) out.set(box.line, current);
        pending = [];
      }
    }
    run = [];
  };
  for (const b of blocks) {
    if (isBox(b) || loneYear(b) !== null) run.push(b);
    else close();
  }
  close();
  return out;
}
