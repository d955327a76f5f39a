import type { Block } from '../../src/schemas/index.ts';
import { closeUpCjk, texToText, unescapeMarkdown } from '../../src/schemas/plain-text.ts';
import { htmlToText, looksLikeHtml } from './html-table.ts';
import { isCjk, lastAtOrBefore } from './text.ts';

/** A block's lines joined into running text, with a map from offsets back to source lines. */
export interface LogicalText {
  text: string;
  /** Offset in `text` where each contributing source line starts. */
  starts: number[];
  /** The 1-based source line of each entry in `starts`. */
  lines: number[];
}

const LIST_MARK = /^\s*(?:[-*+•▪■◆●○◇►➤✓]\s*)+/;

/** Plain text of one source line: no markdown emphasis, heading marks, escapes or inline HTML. */
export function plainLine(line: string, kind: Block['kind']): string {
  let t = line;
  // Markdown heading marks (a heading, or a chart or table title the converter wrote as one).
  t = kind === 'heading' ? t.replace(/^\s*#{1,6}\s*/, '') : t.replace(/^\s*#{1,6}\s+/, '');
  if (looksLikeHtml(t)) t = htmlToText(t).replace(/\n/g, ' ');
  t = texToText(t);
  // Escapes before emphasis: escaped bold marks (西南 L809 "\*\*市场价值\*\*") pair like plain ones.
  t = unescapeMarkdown(t)
    .replace(/\*\*|__/g, '')
    // Runs of spaces and tabs (lost table columns) are one space in running text; justified Chinese closes up.
    .replace(/[ \t]+/g, ' ');
  return closeUpCjk(t).trim();
}

/** Join a block's non-blank lines; CJK lines join without a space, list items start new lines. */
export function logicalText(block: Block): LogicalText {
  const src = block.text.split('\n');
  // Parts are collected in an array: reading the end of a growing string would flatten it each time.
  const parts: string[] = [];
  let length = 0;
  let prev: string | undefined;
  const starts: number[] = [];
  const lines: number[] = [];
  src.forEach((raw, k) => {
    if (raw.trim() === '') return;
    const isItem = (block.kind === 'list' && LIST_MARK.test(raw)) || (block.kind === 'list' && /^\s*(\d{1,2}[)）]|[（(]\d{1,2}[)）]|[①-⑳])/.test(raw));
    let t = plainLine(raw, block.kind);
    if (block.kind === 'list') t = t.replace(LIST_MARK, '');
    if (t === '') return;
    if (length > 0) {
      let sep = '';
      if (isItem) sep = '\n';
      else if (!(isCjk(prev) || isCjk(t[0]) || /[（(“‘]/.test(t[0]!) || /[）)”’]/.test(prev ?? ''))) sep = ' ';
      parts.push(sep);
      length += sep.length;
    }
    starts.push(length);
    lines.push(block.line + k);
    parts.push(t);
    length += t.length;
    prev = t[t.length - 1];
  });
  return { text: parts.join(''), starts, lines };
}

/** Source line of an offset in a logical text. */
export const lineAt = (lt: LogicalText, offset: number): number => lt.lines[lastAtOrBefore(lt.starts, offset)] ?? lt.lines[0] ?? 1;
