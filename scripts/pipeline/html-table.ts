import type { NestedTable, TableCell, TableRow } from '../../src/schemas/index.ts';

/**
 * Rebuild HTML tables from their cells only. Every attribute except rowspan/colspan and every
 * element other than table structure is dropped; text is decoded from entities. Never returns markup.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', middot: '·', hellip: '…', mdash: '—', ndash: '–', times: '×' };

/** Decode HTML character references. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

// Attribute text is bounded so many unclosed "<a" cannot make matching quadratic.
const TAG_SOURCE = String.raw`<(\/?)([a-zA-Z][a-zA-Z0-9]{0,20})\b((?:[^>"'<]|"[^"<>]{0,500}"|'[^'<>]{0,500}'){0,2000})>`;
/** A fresh tag regex per use: a shared /g regex would lose its place when calls nest. */
const tagRe = () => new RegExp(TAG_SOURCE, 'g');
const BREAKING = new Set(['br', 'p', 'div', 'li', 'tr', 'ul', 'ol']);

/**
 * The text a cell prints in bold (`<b>`/`<strong>`: a table's best score in each column, 华福 图表34):
 * each bold run as plain text, in order. One pass: an opening tag without a closing one ends the search.
 */
export function boldRuns(html: string): string[] {
  const out: string[] = [];
  const open = /<(b|strong)(?:\s[^<>]*)?>/gi;
  const lower = html.toLowerCase();
  let m: RegExpExecArray | null;
  while ((m = open.exec(html))) {
    const close = lower.indexOf(`</${m[1]!.toLowerCase()}`, open.lastIndex);
    if (close < 0) break;
    const text = htmlToText(html.slice(open.lastIndex, close)).replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
    open.lastIndex = close;
  }
  return out;
}

/** Turn an HTML fragment into plain text: list items become "• " lines, breaks become newlines. */
export function htmlToText(html: string): string {
  const stripped = html
    .replace(/<(script|style|iframe|object|embed|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(tagRe(), (_m, close: string, name: string) => {
      const tag = name.toLowerCase();
      if (tag === 'li' && !close) return '\n• ';
      if (tag === 'td' || tag === 'th') return close ? ' ' : '';
      return BREAKING.has(tag) ? '\n' : '';
    });
  return decodeEntities(stripped)
    .split('\n')
    // An item that brings its own bullet ("<li>➤ 技术突破") keeps only that one.
    .map((l) => l.replace(/[ \t]+/g, ' ').trim().replace(/^• (?=[➤►▪■◆●○◇✓•])/, ''))
    .filter((l) => l.length > 0)
    .join('\n');
}

/** Does the text contain something that looks like an HTML tag? */
export const looksLikeHtml = (s: string): boolean => /<\/?[a-zA-Z][^<>]{0,2000}>/.test(s);

export interface HtmlTableResult {
  rows: TableRow[];
  headerRows: number;
  /** Problems found, with the offset they were found at. */
  problems: Array<{ offset: number; message: string }>;
  /** Offset just after the closing tag of the outer table, or -1 when it never closes. */
  end: number;
}

const spanOf = (attrs: string, name: string): number | undefined => {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  if (!m) return undefined;
  const v = Math.min(50, Math.max(1, Number(m[1])));
  return v > 1 ? v : undefined;
};

/**
 * Parse the first <table> at or after `start` in `html`. A nested table inside a cell becomes the
 * cell's text; when it is all the cell holds, it is also kept as the cell's `table`. `lineOf` maps an
 * offset to a source line.
 */
export function parseHtmlTable(html: string, start: number, lineOf: (offset: number) => number): HtmlTableResult {
  const problems: HtmlTableResult['problems'] = [];
  const rows: TableRow[] = [];
  let headerRows = 0;
  let inThead = false;
  let row: { line: number; cells: TableCell[]; allTh: boolean } | null = null;
  let cell: { text: string; header: boolean; rowspan?: number; colspan?: number; outside: string; nested: NestedTable[] } | null = null;
  let depth = 0;
  let nestedStart = -1;

  const closeCell = () => {
    if (!cell || !row) return;
    const text = htmlToText(cell.text);
    const c: TableCell = { text };
    const bold = boldRuns(cell.text);
    if (bold.length > 0 && !cell.header) c.strong = bold;
    if (cell.nested.length === 1 && htmlToText(cell.outside) === '') c.table = cell.nested[0];
    if (cell.rowspan) c.rowspan = cell.rowspan;
    if (cell.colspan) c.colspan = cell.colspan;
    if (cell.header) c.header = true;
    row.cells.push(c);
    if (!cell.header) row.allTh = false;
    cell = null;
  };
  const closeRow = () => {
    closeCell();
    if (row && row.cells.length > 0) {
      rows.push({ line: row.line, cells: row.cells });
      if (inThead || row.allTh) {
        if (rows.length - 1 === headerRows) headerRows++;
      }
    }
    row = null;
  };

  const TAG = tagRe();
  TAG.lastIndex = start;
  let last = start;
  let m: RegExpExecArray | null;
  while ((m = TAG.exec(html))) {
    const text = html.slice(last, m.index);
    last = TAG.lastIndex;
    const close = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (depth >= 2) {
      // Inside a nested table: collect raw text; it becomes the outer cell's text.
      if (name === 'table') depth += close ? -1 : 1;
      if (depth === 1) {
        const inner = parseHtmlTable(html.slice(nestedStart, TAG.lastIndex), 0, () => 1);
        if (cell) {
          cell.text += ' ' + nestedTableText(inner) + ' ';
          cell.nested.push(nestedTable(inner));
        }
      }
      continue;
    }
    if (cell) {
      cell.text += text;
      cell.outside += text;
    }
    if (name === 'table') {
      if (close) {
        depth--;
        if (depth === 0) {
          closeRow();
          return { rows, headerRows, problems, end: TAG.lastIndex };
        }
      } else {
        depth++;
        if (depth === 2) {
          nestedStart = m.index;
          if (!cell) problems.push({ offset: m.index, message: 'a table nested outside any cell' });
        }
      }
      continue;
    }
    if (depth === 0) continue;
    if (name === 'thead') inThead = !close;
    else if (name === 'tbody' || name === 'tfoot') inThead = false;
    else if (name === 'tr') {
      if (close) closeRow();
      else {
        closeRow();
        row = { line: lineOf(m.index), cells: [], allTh: true };
      }
    } else if (name === 'td' || name === 'th') {
      if (close) closeCell();
      else {
        if (!row) {
          row = { line: lineOf(m.index), cells: [], allTh: true };
          problems.push({ offset: m.index, message: `<${name}> outside a <tr>` });
        }
        closeCell();
        cell = { text: '', header: name === 'th', rowspan: spanOf(m[3]!, 'rowspan'), colspan: spanOf(m[3]!, 'colspan'), outside: '', nested: [] };
      }
    } else if (cell) {
      // Inline elements keep only their line-breaking meaning.
      const mark = close ? (BREAKING.has(name) ? '\n' : '') : name === 'li' ? '<li>' : BREAKING.has(name) ? '\n' : '';
      // Bold keeps a bare mark (no attributes) for `boldRuns`; the text drops it.
      const bold = name === 'b' || name === 'strong' ? (close ? '</b>' : '<b>') : '';
      cell.text += bold || mark;
      cell.outside += mark;
    }
  }
  if (cell) {
    const open = cell as { text: string; outside: string };
    open.text += html.slice(last);
    open.outside += html.slice(last);
  }
  closeRow();
  problems.push({ offset: start, message: 'the <table> is never closed' });
  return { rows, headerRows, problems, end: -1 };
}

/** Text of a nested table: rows separated by "；", cells by " ". */
function nestedTableText(res: HtmlTableResult): string {
  return res.rows.map((r) => r.cells.map((c) => c.text).filter(Boolean).join(' ')).join('；');
}

/** A parsed table as a cell's table: rows without lines, cells without tables of their own. */
export function nestedTable(res: HtmlTableResult): NestedTable {
  return { headerRows: res.headerRows, rows: res.rows.map((r) => ({ cells: r.cells.map(({ table: _deeper, ...c }) => c) })) };
}

/**
 * A tab-separated cell that is one whole, well-formed HTML table: that table, else undefined.
 * Converters write such cells when a table sits inside a table column.
 */
export function cellTable(raw: string): NestedTable | undefined {
  const t = raw.trim();
  if (!/^<table\b/i.test(t)) return undefined;
  const res = parseHtmlTable(t, 0, () => 1);
  return res.end === t.length && res.problems.length === 0 && res.rows.length > 0 ? nestedTable(res) : undefined;
}
