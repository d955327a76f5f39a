import type { Block, Report } from '../schemas/index.ts';

/** A run of blocks to render together: a figure (caption + content + source) or a single block. */
export type ViewItem =
  | { kind: 'figure'; id: string; label: string; blocks: Block[] }
  | { kind: 'block'; block: Block }
  | { kind: 'gap'; lines: number[] };

/**
 * Order a report's blocks for rendering: blank lines between blocks become anchor-only gaps (so
 * every line number resolves), and consecutive blocks of one figure are grouped under its anchor.
 */
export function reportView(r: Report): ViewItem[] {
  const items: ViewItem[] = [];
  const blocks = [...r.blocks].sort((a, b) => a.line - b.line);
  let next = 1;
  const seenFigures = new Set<string>();
  for (const b of blocks) {
    if (b.line > next) items.push({ kind: 'gap', lines: range(next, b.line - 1) });
    const last = items[items.length - 1];
    if (b.figureId && !seenFigures.has(b.figureId) && b.kind === 'caption') {
      seenFigures.add(b.figureId);
      items.push({ kind: 'figure', id: b.figureId, label: b.figure ?? '', blocks: [b] });
    } else if (b.figureId && last?.kind === 'figure' && last.id === b.figureId) last.blocks.push(b);
    else if (b.figureId && last?.kind === 'gap' && items[items.length - 2]?.kind === 'figure' && (items[items.length - 2] as { id: string }).id === b.figureId) {
      // Blank lines inside a figure stay inside it.
      const fig = items[items.length - 2] as Extract<ViewItem, { kind: 'figure' }>;
      items.pop();
      fig.blocks.push({ kind: 'paragraph', line: last.lines[0]!, lineEnd: last.lines[last.lines.length - 1]!, text: last.lines.map(() => '').join('\n') }, b);
    } else items.push({ kind: 'block', block: b });
    next = Math.max(next, b.lineEnd + 1);
  }
  if (next <= r.lineCount) items.push({ kind: 'gap', lines: range(next, r.lineCount) });
  return items;
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Lines of a block with their numbers. */
export const blockLines = (b: Block): Array<{ n: number; text: string }> => b.text.split('\n').map((text, i) => ({ n: b.line + i, text }));

/** Visible text of a line: markdown heading marks, emphasis and inline tags removed (the text stays text). */
export function displayLine(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .replace(/\\([$*_#\\])/g, '$1')
    .replace(/<\/?(?:b|strong|i|em|u|sup|sub|span|p|br)\b[^>]*>/gi, '');
}

/**
 * HTML heading level for each heading block, never skipping a level (accessibility): the page has
 * h1 and an h2 above the text, so report headings start at h3 and go at most one level deeper.
 */
export function headingTags(blocks: Block[]): Map<number, number> {
  const tags = new Map<number, number>();
  let prev = 2;
  for (const b of [...blocks].sort((a, z) => a.line - z.line)) {
    if (b.kind !== 'heading') continue;
    const wanted = Math.min(6, Math.max(3, (b.level ?? 1) + 2));
    const tag = Math.min(wanted, prev + 1);
    tags.set(b.line, tag);
    prev = tag;
  }
  return tags;
}
