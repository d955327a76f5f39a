import type { Block, Report } from '../schemas/index.ts';
import { closeUpCjk, hasSentencePunctuation, isCjk, SENTENCE_END, texToText, unescapeMarkdown } from '../schemas/plain-text.ts';

/** A run of blocks to render together: a figure (caption + content + source) or a single block. */
export type ViewItem =
  | { kind: 'figure'; id: string; label: string; blocks: Block[] }
  | { kind: 'block'; block: Block }
  | { kind: 'folded'; blocks: Block[] }
  | { kind: 'gap'; lines: number[] };

/** Kinds of block folded away on the page (not content), with the name the fold shows. */
export const FOLDED: Partial<Record<Block['kind'], string>> = { boilerplate: 'Boilerplate', toc: 'Table of contents', furniture: 'Page furniture' };

/**
 * Order a report's blocks for rendering: blank lines between blocks become anchor-only gaps (so
 * every line number resolves), consecutive blocks of one figure are grouped under its anchor, and
 * consecutive folded blocks (a contents page, its separator, a repeated contents page) fold as one.
 */
export function reportView(r: Report): ViewItem[] {
  const items: ViewItem[] = [];
  const blocks = [...r.blocks].sort((a, b) => a.line - b.line);
  let next = 1;
  const seenFigures = new Set<string>();
  for (const b of blocks) {
    if (b.line > next) items.push({ kind: 'gap', lines: range(next, b.line - 1) });
    const last = items[items.length - 1];
    // A figure opens at its caption, or at its source line when the converter printed that first.
    if (b.figureId && !seenFigures.has(b.figureId) && (b.kind === 'caption' || b.kind === 'source')) {
      seenFigures.add(b.figureId);
      // Named by its caption as printed ("图 4：Gemini 基准测试量化结果"; a table titled by a heading is only "表" by label).
      items.push({ kind: 'figure', id: b.figureId, label: b.kind === 'caption' ? displayLine(b.text.split('\n')[0]!).trim() || (b.figure ?? '') : (b.figure ?? ''), blocks: [b] });
    } else if (b.figureId && last?.kind === 'figure' && last.id === b.figureId) last.blocks.push(b);
    else if (b.figureId && last?.kind === 'gap' && items[items.length - 2]?.kind === 'figure' && (items[items.length - 2] as { id: string }).id === b.figureId) {
      // Blank lines inside a figure stay inside it.
      const fig = items[items.length - 2] as Extract<ViewItem, { kind: 'figure' }>;
      items.pop();
      fig.blocks.push(blankBlock(last.lines), b);
    } else if (FOLDED[b.kind] && !b.figureId) {
      const before = last?.kind === 'gap' ? items[items.length - 2] : last;
      if (before?.kind === 'folded') {
        // Blank lines between two folded blocks fold with them.
        if (last?.kind === 'gap') {
          items.pop();
          before.blocks.push(blankBlock(last.lines));
        }
        before.blocks.push(b);
      } else items.push({ kind: 'folded', blocks: [b] });
    } else items.push({ kind: 'block', block: b });
    next = Math.max(next, b.lineEnd + 1);
  }
  if (next <= r.lineCount) items.push({ kind: 'gap', lines: range(next, r.lineCount) });
  return items;
}

/**
 * A figure whose text holds only its caption and source (blank lines between): a chart or picture the
 * PDF conversion kept no text of, so its numbers are not in the report's text (天风 图 30).
 */
export const imageOnly = (blocks: readonly Block[]): boolean =>
  blocks.some((b) => b.kind === 'caption') && blocks.every((b) => b.kind === 'caption' || b.kind === 'source' || b.text.trim() === '');

/** Blank source lines as a block, so they keep their anchors inside a figure or a fold. */
const blankBlock = (lines: number[]): Block => ({ kind: 'paragraph', line: lines[0]!, lineEnd: lines[lines.length - 1]!, text: lines.map(() => '').join('\n') });

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** Lines of a block with their numbers. */
export const blockLines = (b: Block): Array<{ n: number; text: string }> => b.text.split('\n').map((text, i) => ({ n: b.line + i, text }));

/**
 * Flowed lines cut where the page starts a new line: each run opens with a line that starts one (or the
 * first), and holds the lines wrapped after it; a blank line stays with the run before it.
 */
export function flowRuns<T extends { breakBefore: boolean; blank: boolean }>(lines: T[]): T[][] {
  const runs: T[][] = [];
  for (const l of lines) {
    if (runs.length === 0 || (l.breakBefore && !l.blank)) runs.push([l]);
    else runs[runs.length - 1]!.push(l);
  }
  return runs;
}

/** A line that opens a list item or a step ("• ", "- ", "1) ", "Step 2:"). */
const ITEM_START = /^\s*(?:[-*+•▪■◆●○◇►➤]\s|\d{1,2}[)）.、]\s?|[（(]\d{1,2}[)）]|Step \d)/;

/**
 * The lines of a paragraph as they flow: a PDF wrapped them anywhere ("…in 2022, the model" / "was released"),
 * so a line continues the one right above it on the same line of the page, with a space only between two
 * Latin words; a line after a sentence's end, one that opens an item, or one after a blank line (a slide's
 * separate items, labels or table rows look like that) starts a new line. So does every line of a list
 * of labels (see `labelLines`). Blank lines keep their place (and anchor) but show nothing.
 */
export function flowLines(lines: Array<{ n: number; text: string }>): Array<{ n: number; text: string; blank: boolean; breakBefore: boolean; spaceBefore: boolean }> {
  let prev: string | null = null;
  let gap = false;
  const labels = labelLines(lines.map((l) => l.text));
  return lines.map((l) => {
    const blank = l.text.trim() === '';
    if (blank) {
      gap = prev !== null;
      return { ...l, blank, breakBefore: false, spaceBefore: false };
    }
    const breakBefore = prev !== null && (labels || gap || SENTENCE_END.test(prev) || ITEM_START.test(l.text));
    gap = false;
    const spaceBefore = prev !== null && !breakBefore && /[A-Za-z0-9,;:$)\]}%]\s*$/.test(prev) && /^\s*[A-Za-z0-9($]/.test(l.text);
    prev = l.text;
    return { ...l, blank, breakBefore, spaceBefore };
  });
}

/** Widest line, in Latin-letter widths (a CJK character is two), that a list of labels holds. */
const LABEL_WIDTH = 30;
const widthOf = (t: string) => [...t.trim()].reduce((w, c) => w + (c.charCodeAt(0) >= 0x2e80 ? 2 : 1), 0);

/**
 * Lines that are a list of labels, not wrapped prose: three or more short lines (a slide's items, a
 * chart's legend, a cover's names: "主要发展途径 / 使用自回归模型 / 多模态") with no punctuation that a
 * sentence has. Prose is not typeset that narrow, except in a slide's text box, whose spread-out
 * characters ("盈 利 过 渡 到") say it was justified, so it still flows.
 */
export function labelLines(texts: string[]): boolean {
  const filled = texts.filter((t) => t.trim() !== '');
  return (
    filled.length >= 3 &&
    filled.every((t) => widthOf(t) <= LABEL_WIDTH && !hasSentencePunctuation(t) && closeUpCjk(t) === t)
  );
}

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Visible text of a line: markdown heading marks, bold marks, inline TeX, inline tags removed (the text stays text). */
export function displayLine(text: string): string {
  // Escaped bold marks (\*\*市场价值\*\*) pair like plain ones.
  const line = unescapeMarkdown(
    texToText(withoutBold(text.replace(/\\\*\\\*/g, '**')))
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      // A markdown list item's marker reads as a bullet.
      .replace(/^(\s*)[-*+]\s+(?=\S)/, '$1• ')
      // An exponent written as TeX outside a formula ("3.0×10^{-4}").
      .replace(/\^\{?(-?\d{1,3})\}?/g, (_m, e: string) => [...e].map((c) => SUPERSCRIPT[c] ?? c).join('')),
  ).replace(/<\/?(?:b|strong|i|em|u|sup|sub|span|p|br)\b[^>]*>/gi, '');
  // Chinese spread out by a PDF's justification ("用 人 工 智 能") reads as written, as in claim text.
  return closeUpCjk(line);
}

/**
 * A cell's visible text cut into runs, those the report prints in bold marked (`strong`: the cell's
 * bold parts, found in order in the text as shown; one not found is left unmarked).
 */
export function boldPieces(text: string, strong: readonly string[] = []): Array<{ text: string; bold: boolean }> {
  const shown = displayLine(text);
  const out: Array<{ text: string; bold: boolean }> = [];
  let at = 0;
  for (const part of strong) {
    const b = displayLine(part);
    const i = b ? shown.indexOf(b, at) : -1;
    if (i < 0) continue;
    if (i > at) out.push({ text: shown.slice(at, i), bold: false });
    out.push({ text: b, bold: true });
    at = i + b.length;
  }
  if (at < shown.length || out.length === 0) out.push({ text: shown.slice(at), bold: false });
  return out;
}

/**
 * HTML heading level for each heading block, never skipping a level (accessibility): the page has
 * h1 and an h2 above the text, so report headings start at h3 and go at most one level deeper.
 */
export function headingTags(blocks: Block[]): Map<number, number> {
  const tags = new Map<number, number>();
  let prev = 2;
  // The report's top level is h3 whatever its level (a report whose chapters are "## 1." starts at level 2),
  // so every chapter gets the same tag and each level below one more.
  const top = Math.min(6, ...blocks.filter((b) => b.kind === 'heading').map((b) => b.level ?? 1));
  for (const b of [...blocks].sort((a, z) => a.line - z.line)) {
    if (b.kind !== 'heading') continue;
    const wanted = Math.min(6, 3 + (b.level ?? 1) - top);
    const tag = Math.min(wanted, prev + 1);
    tags.set(b.line, tag);
    prev = tag;
  }
  return tags;
}

const WS = /\s/;
const PUNCT = /[\p{P}\p{S}]/u;

/**
 * Text without markdown bold marks: `**` pairs that open and close as markdown's flanking rules say
 * (an opener not followed by a space, a closer not preceded by one; a mark between a letter and
 * punctuation only closes), with Chinese text and punctuation on either side allowed, as converters
 * write it ("。**对于…"). Unpaired marks and longer runs stay: they are footnote marks ("(via API**)",
 * "68.0%***"). Pass a whole block's text so bold that spans lines pairs; newlines are kept.
 */
export function withoutBold(text: string): string {
  if (!text.includes('**')) return text;
  const runs: Array<{ at: number; open: boolean; close: boolean }> = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '*') continue;
    let j = i;
    while (text[j] === '*') j++;
    if (j - i === 2 && text[i - 1] !== '\\') {
      const prev = text[i - 1];
      const next = text[j];
      const ws = (c: string | undefined) => c === undefined || WS.test(c);
      const pu = (c: string | undefined) => c !== undefined && PUNCT.test(c);
      const cjk = isCjk;
      const open = !ws(next) && (!pu(next) || ws(prev) || pu(prev) || cjk(prev) || cjk(next));
      const close = !ws(prev) && (!pu(prev) || ws(next) || pu(next) || cjk(next) || cjk(prev));
      if (open || close) runs.push({ at: i, open, close });
    }
    i = j - 1;
  }
  const drop = new Set<number>();
  const openers: number[] = [];
  for (const r of runs) {
    if (r.close && openers.length > 0) {
      drop.add(openers.pop()!);
      drop.add(r.at);
    } else if (r.open) openers.push(r.at);
  }
  if (drop.size === 0) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (drop.has(i)) i++;
    else out += text[i];
  }
  return out;
}
