import type { Block, Figure, Issue, NestedTable, RegistryBoilerplate, Section, TableCell, TableRow } from '../../src/schemas/index.ts';
import { classifyLine, markLineRoles, type LineInfo } from './classify-lines.ts';
import { hasSentencePunctuation, SENTENCE_END } from '../../src/schemas/plain-text.ts';
import { boldRuns, cellTable, htmlToText, looksLikeHtml, parseHtmlTable } from './html-table.ts';

export interface Segmented {
  blocks: Block[];
  sections: Section[];
  figures: Figure[];
  issues: Issue[];
}

const MAX_HTML_LINES = 2000;
/** The opening of a note printed under a figure's source line. */
const FIGURE_NOTE = /^\s*(?:注|说明|备注|Note)\s*\d?\s*[：:]/i;

/**
 * Split a TSV line into cells; HTML inside a cell is rebuilt as text, and a cell that is one whole HTML
 * table also keeps that table. Converters often repeat such a table's cells as tab-separated cells
 * right after it: that repeat is dropped, since its text is the table's own.
 */
export function tsvCells(line: string): TableCell[] {
  const raw = line.split('\t');
  const cells: TableCell[] = [];
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (!looksLikeHtml(c)) {
      cells.push({ text: c.trim() });
      continue;
    }
    const table = cellTable(c);
    if (!table) {
      const bold = boldRuns(c);
      cells.push({ text: htmlToText(c), ...(bold.length > 0 ? { strong: bold } : {}) });
      continue;
    }
    cells.push({ text: htmlToText(c), table });
    const repeat = repeatOf(raw, i + 1, table);
    if (!repeat) continue;
    for (let k = i + 1; k < repeat.first; k++) cells.push({ text: '' });
    i = repeat.end - 1;
  }
  return cells;
}

/** Where the cells from `from` on (after empty ones) repeat every non-empty cell of `table` in order. */
function repeatOf(raw: string[], from: number, table: NestedTable): { first: number; end: number } | undefined {
  const want = table.rows.flatMap((r) => r.cells.map((c) => c.text)).filter((t) => t !== '');
  let k = from;
  while (k < raw.length && raw[k]!.trim() === '') k++;
  const first = k;
  let w = 0;
  for (; k < raw.length && w < want.length; k++) {
    const t = raw[k]!.trim();
    if (t === '') continue;
    if (t !== want[w]) return undefined;
    w++;
  }
  return w === want.length && want.length > 0 ? { first, end: k } : undefined;
}

/**
 * Rows that repeat, one row each, the rows of the tables held in the cells of a row above them (the
 * converter's copy of a cell table's cells, 华福 L242–251 after L241): each gets `repeatOf` that row's
 * line. Only a complete copy counts.
 */
export function markRepeats(rows: TableRow[]): void {
  const filled = (cells: Array<{ text: string }>) => cells.map((c) => c.text.trim()).filter((t) => t !== '');
  for (let i = 0; i < rows.length; i++) {
    const copied = rows[i]!.cells.flatMap((c) => c.table?.rows ?? []).map((r) => filled(r.cells).join('\t')).filter((t) => t !== '');
    if (copied.length === 0 || i + copied.length >= rows.length) continue;
    const same = copied.every((want, k) => filled(rows[i + 1 + k]!.cells).join('\t') === want);
    if (!same) continue;
    for (let k = 1; k <= copied.length; k++) rows[i + k]!.repeatOf = rows[i]!.line;
    i += copied.length;
  }
}

/** Anchor id for a caption label: 图 4 → fig-4, 表 1 → tab-1, unnumbered → fig-l<line>. */
export function figureIdFor(label: string, number: number | undefined, line: number): string {
  const prefix = label.startsWith('表') ? 'tab' : 'fig';
  return number !== undefined ? `${prefix}-${number}` : `${prefix}-l${line}`;
}

/**
 * Group classified lines into blocks that cover every non-blank line: headings, paragraphs (joined
 * across PDF line breaks), lists, tables, captions, sources, and the boilerplate, toc and furniture
 * that stay out of search and data.
 */
export function segment(lines: string[], file: string, vocab: RegistryBoilerplate): Segmented {
  const info: LineInfo[] = lines.map(classifyLine);
  const { role } = markLineRoles(lines, info, vocab);
  const blocks: Block[] = [];
  const sections: Section[] = [];
  const figures: Figure[] = [];
  const issues: Issue[] = [];
  const n = lines.length;
  const lineOfOffset = (starts: number[], base: number) => (off: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= off) k++;
    return base + k + 1;
  };

  let section: string | undefined;
  let pendingSource: number | undefined;
  /** The figure blocks go into; one a heading titled (tableOnly) holds its table and a source line after it, nothing more. */
  let openFigure: { fig: Figure; until: number; tableOnly?: boolean; hasTable?: boolean } | null = null;
  const usedFigureIds = new Set<string>();
  const text = (a: number, b: number) => lines.slice(a, b + 1).join('\n');
  /** The first line after `k` that is not blank (`n` at the end). */
  const nextFilled = (k: number): number => {
    let nx = k + 1;
    while (nx < n && info[nx]!.kind === 'blank') nx++;
    return nx;
  };
  const push = (b: Block) => {
    if (openFigure && b.line > openFigure.until) openFigure = null;
    if (openFigure?.tableOnly && openFigure.hasTable && b.kind !== 'source') openFigure = null;
    if (openFigure && b.kind === 'table') openFigure.hasTable = true;
    if (section && b.section === undefined && b.kind !== 'heading') b.section = section;
    if (openFigure && !['heading', 'boilerplate', 'toc', 'furniture'].includes(b.kind)) {
      b.figure = openFigure.fig.label;
      b.figureId = openFigure.fig.id;
    }
    blocks.push(b);
  };

  for (let i = 0; i < n; i++) {
    const li = info[i]!;
    const r = role[i];
    if (li.kind === 'blank') continue;
    if (r) {
      let j = i;
      while (j + 1 < n && (role[j + 1]?.kind === r.kind || (info[j + 1]!.kind === 'blank' && role[j + 2]?.kind === r.kind))) j++;
      push({ kind: r.kind, line: i + 1, lineEnd: j + 1, text: text(i, j), reason: r.reason });
      // Text after a table of contents, before the next heading, is the report's preamble, not part of the section before it.
      if (r.kind === 'toc') section = undefined;
      i = j;
      continue;
    }
    // An unnumbered heading inside a figure, right before the figure's source line, is the chart's own title
    // ("### ImageBind vs. specialist models" between 图表 30 and its 数据来源): text of the figure, not a section.
    if (li.kind === 'heading' && openFigure && !li.numbering && openFigure.fig.sourceLine === undefined && i + 1 <= openFigure.until) {
      const nx = nextFilled(i);
      if (nx < n && info[nx]!.kind === 'source' && !role[nx]) {
        push({ kind: 'paragraph', line: i + 1, lineEnd: i + 1, text: lines[i]! });
        continue;
      }
    }
    // An unnumbered heading right above a table (blank lines aside) is the table's title, as a caption would be
    // ("### GPT-4与其他大模型的MMLUBenchmark对比" over its score table): the table becomes a figure named by it.
    // So is a short line of its own with no sentence punctuation ("国内主要大模型梳理" over 西南's table of models).
    const titleLine = li.kind === 'text' && (i === 0 || info[i - 1]!.kind === 'blank') && lines[i]!.trim().length <= 30 && !hasSentencePunctuation(lines[i]!);
    if ((li.kind === 'heading' ? !li.numbering : titleLine) && !openFigure) {
      const nx = nextFilled(i);
      if (nx < n && nx - i <= 5 && (info[nx]!.kind === 'tsv' || info[nx]!.kind === 'html') && !role[nx]) {
        let id = figureIdFor('表', undefined, i + 1);
        if (usedFigureIds.has(id)) id = `${id}-l${i + 1}`;
        usedFigureIds.add(id);
        const fig: Figure = { id, label: '表', title: li.title ?? lines[i]!.trim(), line: i + 1 };
        figures.push(fig);
        openFigure = { fig, until: i + 80, tableOnly: true };
        push({ kind: 'caption', line: i + 1, lineEnd: i + 1, text: lines[i]! });
        continue;
      }
    }
    switch (li.kind) {
      case 'heading': {
        // A slide deck repeats its section's title on every page: the same section goes on, not a new one.
        const repeat = section === li.title && sections.length > 0 && sections[sections.length - 1]!.title === li.title;
        section = li.title!;
        if (!repeat) sections.push({ id: `s-${i + 1}`, title: li.title!, level: li.level!, line: i + 1 });
        openFigure = null;
        push({ kind: 'heading', line: i + 1, lineEnd: i + 1, text: lines[i]!, level: li.level!, section: li.title! });
        break;
      }
      case 'caption': {
        let id = figureIdFor(li.label!, li.number, i + 1);
        if (usedFigureIds.has(id)) id = `${id}-l${i + 1}`;
        usedFigureIds.add(id);
        const fig: Figure = { id, label: li.label!, title: li.title!, line: i + 1 };
        figures.push(fig);
        openFigure = { fig, until: i + 80 };
        push({ kind: 'caption', line: i + 1, lineEnd: i + 1, text: lines[i]! });
        break;
      }
      case 'source': {
        // A source line continues while brackets are open or it ends with a comma.
        let j = i;
        let body = lines[i]!;
        for (let k = 0; k < 3; k++) {
          const open = (body.match(/[《（(]/g)?.length ?? 0) - (body.match(/[》）)]/g)?.length ?? 0);
          if (open <= 0 && !/[，,、]\s*$/.test(body)) break;
          const nx = nextFilled(j);
          if (nx >= n || role[nx] || !['text', 'list'].includes(info[nx]!.kind)) break;
          j = nx;
          body += lines[nx]!;
        }
        const b: Block = { kind: 'source', line: i + 1, lineEnd: j + 1, text: text(i, j) };
        if (openFigure) {
          openFigure.fig.sourceLine ??= i + 1;
          push(b);
          openFigure = null;
        } else {
          // Some converters put the source line before its caption.
          const nx = nextFilled(j);
          push(b);
          if (nx < n && info[nx]!.kind === 'caption' && nx - j <= 3) pendingSource = i + 1;
        }
        i = j;
        break;
      }
      case 'html': {
        const joined: string[] = [];
        const starts: number[] = [];
        let off = 0;
        let j = i;
        let result = null;
        for (; j < n && j - i < MAX_HTML_LINES; j++) {
          starts.push(off);
          joined.push(lines[j]!);
          off += lines[j]!.length + 1;
          if (/<\/table>/i.test(lines[j]!)) {
            const html = joined.join('\n');
            const res = parseHtmlTable(html, 0, lineOfOffset(starts, i));
            if (res.end >= 0) {
              result = res;
              break;
            }
          }
        }
        if (!result) {
          issues.push({ file, line: i + 1, code: 'UnclosedHtmlTable', severity: 'warning', message: 'an HTML <table> starts here and is never closed', hint: 'add the missing </table>; the lines are kept as plain text' });
          push({ kind: 'paragraph', line: i + 1, lineEnd: i + 1, text: lines[i]! });
          break;
        }
        for (const p of result.problems) issues.push({ file, line: lineOfOffset(starts, i)(p.offset), code: 'MalformedHtmlTable', severity: 'warning', message: p.message, hint: 'check the table markup; the cells that could be read are kept' });
        push({ kind: 'table', line: i + 1, lineEnd: j + 1, text: text(i, j), table: { format: 'html', headerRows: result.headerRows, rows: result.rows } });
        i = j;
        break;
      }
      case 'tsv': {
        let j = i;
        const width = (k: number) => lines[k]!.replace(/\t+$/, '').split('\t').length;
        for (;;) {
          while (j + 1 < n && info[j + 1]!.kind === 'tsv' && !role[j + 1]) j++;
          // A table broken by a page: blank lines, page numbers or footers, then rows of the same width.
          let k = j + 1;
          while (k < n && k - j <= 12 && (info[k]!.kind === 'blank' || role[k]?.kind === 'furniture' || role[k]?.kind === 'boilerplate')) k++;
          if (k > j + 1 && k < n && info[k]!.kind === 'tsv' && !role[k] && width(k) === width(i) && width(i) >= 3 && (k - j > 2 || role[j + 1] !== undefined)) j = k;
          else break;
        }
        const rows: TableRow[] = [];
        for (let k = i; k <= j; k++) {
          if (info[k]!.kind !== 'tsv' || role[k]) continue;
          // A header repeated after a page break is not a data row.
          if (k > i && rows.length > 0 && lines[k] === lines[i] && lines[k - 1]!.trim() === '') continue;
          rows.push({ line: k + 1, cells: tsvCells(lines[k]!) });
        }
        markRepeats(rows);
        // Trailing tabs past the last column any row fills are not cells.
        const filled = Math.max(0, ...rows.map((r) => trimmedWidth(r.cells.map((c) => c.text))));
        for (const r of rows) if (r.cells.length > filled) r.cells.length = Math.max(1, filled);
        // Headers may take up to three rows (two-level headers); the widest sets the width.
        const headerWidth = Math.max(0, ...rows.slice(0, 3).map((r) => trimmedWidth(r.cells.map((c) => c.text))));
        for (const [ri, r] of rows.entries()) {
          const w = trimmedWidth(r.cells.map((c) => c.text));
          if (ri > 2 && headerWidth >= 2 && w > headerWidth) {
            issues.push({ file, line: r.line, code: 'RaggedTableRow', severity: 'info', message: `table row has ${w} cells, its header has ${headerWidth}`, hint: 'check for a split or merged row; the extra cells are kept but may not line up' });
          }
        }
        push({ kind: 'table', line: i + 1, lineEnd: j + 1, text: text(i, j), table: { format: 'tsv', headerRows: guessHeaderRows(rows), rows } });
        i = j;
        break;
      }
      default: {
        // Paragraphs and list items run over consecutive lines, and over blank lines when the
        // previous line stops mid-sentence (PDF conversion breaks lines anywhere).
        const kind = li.kind === 'list' ? 'list' : 'paragraph';
        let j = i;
        for (;;) {
          const nx = nextFilled(j);
          if (nx >= n || role[nx]) break;
          const nk = info[nx]!.kind;
          const adjacent = nx === j + 1;
          if (kind === 'list' && nk === 'list') {
            if (!adjacent) break;
            j = nx;
            continue;
          }
          if (nk !== 'text') break;
          // A figure's note stops at a blank line: the body text after it is not part of it.
          if (!adjacent && (SENTENCE_END.test(lines[j]!) || FIGURE_NOTE.test(lines[i]!))) break;
          j = nx;
        }
        const block: Block = { kind, line: i + 1, lineEnd: j + 1, text: text(i, j) };
        // A note right under a figure's source line ("说明：…", "注：…") belongs to that figure.
        const last = blocks[blocks.length - 1];
        if (!openFigure && last?.kind === 'source' && last.figureId && i + 1 - last.lineEnd <= 3 && FIGURE_NOTE.test(lines[i]!)) {
          block.figure = last.figure;
          block.figureId = last.figureId;
        }
        push(block);
        i = j;
      }
    }
    if (pendingSource !== undefined && li.kind === 'caption') {
      const fig = figures[figures.length - 1]!;
      fig.sourceLine = pendingSource;
      // The source line printed before its caption belongs to the figure too.
      const src = blocks.find((x) => x.kind === 'source' && x.line === pendingSource);
      if (src) {
        src.figure = fig.label;
        src.figureId = fig.id;
      }
      pendingSource = undefined;
      openFigure = null;
    } else if (li.kind !== 'source') pendingSource = undefined;
  }
  return { blocks, sections, figures, issues };
}
/** Number of cells up to the last non-empty one. */
function trimmedWidth(cells: string[]): number {
  let w = cells.length;
  while (w > 0 && cells[w - 1]!.trim() === '') w--;
  return w;
}

/** Does the upper row have a label over empty cells under which the lower row is filled (a two-level header)? */
function groupsAbove(top: TableRow, sub: TableRow): boolean {
  const filled = (r: TableRow, j: number) => (r.cells[j]?.text ?? '').trim() !== '';
  for (let j = 0; j + 1 < top.cells.length; j++) if (filled(top, j) && filled(sub, j) && !filled(top, j + 1) && filled(sub, j + 1)) return true;
  return false;
}

/**
 * Leading rows that hold no numbers are header rows (at most 3). Past the first, a row ends the header when
 * it holds a sentence (headers are labels), or names its row after a sub-header row that did not ("GPT-1"
 * under "输入 / 输出" over "文本 图片 …").
 */
export function guessHeaderRows(rows: TableRow[]): number {
  let h = 0;
  while (h < Math.min(3, rows.length - 1)) {
    const cells = rows[h]!.cells.slice(1).map((c) => c.text).filter((t) => t !== '');
    // Sub-headers under a group label ("Gemini" over "1.0 Pro | 1.0 Ultra | 1.5 Pro"), whatever they look like.
    if (h === 1 && rows[1]!.cells[0]!.text.trim() === '' && groupsAbove(rows[0]!, rows[1]!)) {
      h++;
      continue;
    }
    // Numbers, and the marks a table fills cells with (✓, ×, —), are data.
    const numeric = cells.filter((t) => /^(?:[-+]?\d[\d,.]*%?\*?|[✓✔√✗✘×—])$/.test(t.split(/\s/)[0] ?? '')).length;
    if (cells.length === 0 && h > 0) break;
    if (numeric > 0 && numeric >= cells.length / 2) break;
    if (h > 0 && rows[h]!.cells.some((c) => c.text.length > 40 || /[。？！?!]/.test(c.text))) break;
    // Even the first row is data when a cell holds a list or a Chinese sentence (国金 图表9, a term and its explanation).
    if (rows[h]!.cells.some((c) => /^•|[。？！]/.test(c.text))) break;
    if (h > 1 && rows[h]!.cells[0]!.text.trim() !== '' && rows[h - 1]!.cells[0]!.text.trim() === '') break;
    h++;
    if (h === 1 && rows.length > 1 && rows[1]!.cells[0]!.text !== '' && !/^\s*$/.test(rows[1]!.cells[0]!.text)) break;
  }
  return h;
}

