import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { segment } from '../../scripts/pipeline/segment.ts';
import { cleanLine, spacedTablesToTabs, splitSentences, undoubled } from '../../scripts/pipeline/text.ts';
import { ingestFiles, REPORTS_DIR, registry } from '../helpers/corpus.ts';

const vocab = registry().boilerplate;
const lines = (id: string, from: number, to: number) => readFileSync(join(REPORTS_DIR, `${id}.txt`), 'utf8').split('\n').map(cleanLine).slice(from - 1, to);
const kinds = (ls: string[]) => segment(ls, 'x.txt', vocab).blocks.map((b) => `${b.kind}:${b.line}-${b.lineEnd}${b.figure ? ` [${b.figure}]` : ''}`);

describe('segment', () => {
  it('covers every non-blank line with exactly one block', () => {
    const ls = lines('001_9ab0ab8dbd710fce', 1, 809);
    const { blocks } = segment(ls, 'x.txt', vocab);
    const covered = new Set<number>();
    for (const b of blocks) for (let l = b.line; l <= b.lineEnd; l++) {
      expect(covered.has(l), `line ${l} in two blocks`).toBe(false);
      covered.add(l);
    }
    ls.forEach((t, i) => { if (t.trim() !== '') expect(covered.has(i + 1), `line ${i + 1} not covered`).toBe(true); });
  });

  it('ties a caption, its table and its source line into one figure (图 9, 天风)', () => {
    expect(kinds(lines('001_9ab0ab8dbd710fce', 258, 269))).toEqual(['caption:1-1 [图 9]', 'table:3-10 [图 9]', 'source:12-12 [图 9]']);
  });

  it('joins a sentence broken over blank lines by the PDF conversion (国元 market paragraph)', () => {
    const b = segment(lines('000_8808e45e92e62c2d', 243, 249), 'x.txt', vocab).blocks;
    // Line 243 ends its sentence with "。"; lines 245-249 are one sentence split by blank lines.
    expect(b.map((x) => `${x.kind}:${x.line}-${x.lineEnd}`)).toEqual(['list:1-1', 'paragraph:3-7']);
  });

  it('continues a source line with an open bracket onto the next line', () => {
    const b = segment(lines('001_9ab0ab8dbd710fce', 478, 480), 'x.txt', vocab).blocks;
    expect(b.map((x) => `${x.kind}:${x.line}-${x.lineEnd}`)).toEqual(['source:1-3']);
  });

  it('reads an HTML table inside a TSV row as cell text, never as markup (华福 图表 8)', () => {
    const b = segment(lines('002_1236977f8e68864d', 238, 264), 'x.txt', vocab).blocks;
    expect(b).toHaveLength(1);
    expect(b[0]!.kind).toBe('table');
    const cells = b[0]!.table!.rows.flatMap((r) => r.cells.map((c) => c.text));
    expect(cells.some((c) => c.includes('<'))).toBe(false);
    expect(cells.find((c) => c.startsWith('Dataset Quantity (tokens)'))).toContain('\nCommon Crawl (filtered) 410 billion 60% 0.44\n');
  });

  it('keeps an HTML table that is a whole TSV cell as that cell\'s table, and drops the converter\'s repeat of its cells (华福 图表 8)', () => {
    const t = segment(lines('002_1236977f8e68864d', 238, 264), 'x.txt', vocab).blocks[0]!.table!;
    // Line 241 (here 4): two whole tables in the columns the header (line 238) opens, each followed in the
    // source by its 24 and 12 cells again as TSV; the row keeps the header's four columns.
    const row = t.rows.find((r) => r.line === 4)!;
    expect(row.cells.map((c) => (c.table ? `[table ${c.table.rows.length}x${c.table.rows[0]!.cells.length}]` : c.text))).toEqual(['[table 6x4]', '', '', '[table 4x1]']);
    expect(row.cells[0]!.table!.rows[1]!.cells.map((c) => c.text)).toEqual(['Common Crawl (filtered)', '410 billion', '60%', '0.44']);
    expect(row.cells[3]!.table!.headerRows).toBe(2);
    expect(row.cells[3]!.table!.rows[0]!.cells[0]).toEqual({ text: 'SFT数据集 (13K有标签)', colspan: 3, header: true });
    // Trailing tabs past the last filled column are not cells.
    expect(Math.max(...t.rows.map((r) => r.cells.length))).toBe(4);
  });

  it('keeps cells after a cell table that only partly repeat it', () => {
    const html = '<table><tr><td>Books1</td><td>12 billion</td></tr></table>';
    const t = segment([`模型\t数据`, `GPT-3\t${html}\tBooks1\t13 billion`], 'x.txt', vocab).blocks[0]!.table!;
    expect(t.rows[1]!.cells.map((c) => c.text)).toEqual(['GPT-3', 'Books1 12 billion', 'Books1', '13 billion']);
    expect(t.rows[1]!.cells[1]!.table?.rows).toHaveLength(1);
  });

  it('records sections and figures with anchors', () => {
    const s = segment(lines('001_9ab0ab8dbd710fce', 146, 200), 'x.txt', vocab);
    expect(s.sections.slice(0, 2).map((x) => `${x.id} ${x.level} ${x.title}`)).toEqual(['s-2 2 1. 海外大模型形成一超多强格局，OpenAI 被加速追赶', 's-4 3 1.1. Google Gemini：原生多模态且能力有望追平 GPT-4']);
    expect(s.figures.map((f) => `${f.id} ${f.label} src:${f.sourceLine}`)).toEqual(['fig-1 图 1 src:13', 'fig-2 图 2 src:19', 'fig-3 图 3 src:30', 'fig-4 图 4 src:50', 'fig-5 图 5 src:undefined']);
  });
});

describe('sections, chart titles and lists (西南, 华福, 国金)', () => {
  const sectionOf = (ls: string[], line: number) => segment(ls, 'x.txt', vocab).blocks.find((b) => b.line <= line && b.lineEnd >= line);

  it('keeps a numbered English answer a list, a bold key sentence a paragraph, and neither a section (西南 L493–516)', () => {
    const s = segment(lines('004_fb9698581f1d58ba', 493, 516), 'x.txt', vocab);
    expect(s.sections.map((x) => x.title)).toEqual(['1.3.2 GPT-4技术升级']);
    expect(s.blocks.map((b) => `${b.kind}:${b.line}-${b.lineEnd}`)).toContain('list:7-9');
    // The bold lead "**拥有更好的理解能力和总结能力，支持更长的上下文分析。**" is a paragraph of its own.
    expect(s.blocks.map((b) => `${b.kind}:${b.line}-${b.lineEnd}`)).toContain('paragraph:22-22');
  });

  it('reads a markdown heading between a caption and its source line as the chart\'s title, not a section (华福 图表 30, L514–529)', () => {
    const s = segment(lines('002_1236977f8e68864d', 514, 529), 'x.txt', vocab);
    expect(s.sections).toEqual([]);
    expect(sectionOf(lines('002_1236977f8e68864d', 514, 529), 4)).toMatchObject({ kind: 'paragraph', figure: '图表 30' });
    expect(s.figures[0]!.sourceLine).toBe(8);
  });

  it('gives the text after a table of contents no section of the cover page (国金 L40–104)', () => {
    const ls = lines('003_1dfa16a953909437', 40, 104);
    expect(sectionOf(ls, 3)!.section).toBe('风险提示');
    expect(sectionOf(ls, 61)!.kind).toBe('paragraph');
    expect(sectionOf(ls, 61)!.section).toBeUndefined();
    expect(sectionOf(ls, 65)).toMatchObject({ kind: 'heading' });
  });

  it('ends a table header at a data row: a named row under a sub-header, a row of ✓ marks, a row of sentences (华福 L223, L408; 西南 L544), even the first (国金 L226)', () => {
    const header = (id: string, from: number, to: number) => segment(lines(id, from, to), 'x.txt', vocab).blocks.find((b) => b.kind === 'table')!.table!.headerRows;
    expect(header('002_1236977f8e68864d', 223, 232)).toBe(2);
    expect(header('002_1236977f8e68864d', 408, 412)).toBe(1);
    expect(header('004_fb9698581f1d58ba', 544, 548)).toBe(2);
    // Sub-headers that look like numbers ("1.0 Pro") under a group label (天风 L209–210).
    expect(header('001_9ab0ab8dbd710fce', 209, 212)).toBe(2);
    // No header at all: the first row already pairs a term with a list explaining it (国金 图表9, L226–234);
    // a long English header cell is still a header (西南 L572, "SOTA Best external model (incl. …)").
    expect(header('003_1dfa16a953909437', 226, 234)).toBe(0);
    expect(header('004_fb9698581f1d58ba', 572, 575)).toBe(1);
  });

  it('marks the rows a converter copied from the tables inside a row\'s cells, and only a complete copy (华福 图表8, L238–264)', () => {
    const t = segment(lines('002_1236977f8e68864d', 238, 264), 'x.txt', vocab).blocks.find((b) => b.kind === 'table')!.table!;
    const marked = t.rows.filter((r) => r.repeatOf !== undefined).map((r) => `${r.line + 237}→${r.repeatOf! + 237}`);
    expect(marked).toEqual([
      ...[242, 243, 244, 245, 246, 247, 248, 249, 250, 251].map((n) => `${n}→241`),
      ...[255, 256, 257, 258].map((n) => `${n}→254`),
      ...[262, 263, 264].map((n) => `${n}→261`),
    ]);
    // Without its last row the copy of L261's table is incomplete: nothing is marked.
    const cut = segment(lines('002_1236977f8e68864d', 259, 263), 'x.txt', vocab).blocks.find((b) => b.kind === 'table')!.table!;
    expect(cut.rows.some((r) => r.repeatOf !== undefined)).toBe(false);
  });

  it('puts a source line printed just before its caption into that figure (国元 L86–88)', () => {
    const s = segment(lines('000_8808e45e92e62c2d', 86, 88), 'x.txt', vocab);
    expect(s.blocks.map((b) => `${b.kind}:${b.line} ${b.figureId ?? '-'}`)).toEqual([`source:1 ${s.figures[0]!.id}`, `caption:3 ${s.figures[0]!.id}`]);
    expect(s.figures[0]!.sourceLine).toBe(1);
  });

  it('keeps one section for a title a slide deck repeats on each page (国元 L1, L16, L57)', () => {
    const s = segment(lines('000_8808e45e92e62c2d', 1, 60), 'x.txt', vocab);
    expect(s.sections.filter((x) => x.title === '1 基础的生成算法模型是驱动AI的关键').map((x) => x.line)).toEqual([1]);
    // The repeats are still headings on the page.
    expect(s.blocks.filter((b) => b.kind === 'heading').map((b) => b.line)).toEqual(expect.arrayContaining([1, 16, 57]));
  });

  it('reads an unnumbered heading right above a table as that table\'s title, and ends the figure with the table (西南 L570–582)', () => {
    const s = segment(lines('004_fb9698581f1d58ba', 570, 582), 'x.txt', vocab);
    expect(s.figures.map((f) => `${f.id} ${f.label} ${f.title}`)).toEqual(['tab-l1 表 GPT-4与其他大模型的MMLUBenchmark对比']);
    // The heading after the table is a section of its own, not part of the figure.
    expect(s.sections.map((x) => x.title)).toEqual(['GPT-4的多语种能力']);
    expect(s.blocks.map((b) => `${b.kind}:${b.line}${b.figureId ? ` ${b.figureId}` : ''}`)).toEqual(['caption:1 tab-l1', 'table:3 tab-l1', 'heading:12']);
  });

  it('reads a short title line of its own right above a table as that table\'s title, but not a sentence (西南 L785–799)', () => {
    const s = segment(lines('004_fb9698581f1d58ba', 785, 799), 'x.txt', vocab);
    expect(s.figures.map((f) => `${f.id} ${f.label} ${f.title}`)).toEqual(['tab-l3 表 国内主要大模型梳理']);
    expect(s.blocks.slice(0, 3).map((b) => `${b.kind}:${b.line}${b.figureId ? ` ${b.figureId}` : ''}`)).toEqual(['paragraph:1', 'caption:3 tab-l3', 'table:5 tab-l3']);
    // A line with sentence punctuation right above a table is body text, not its title.
    const t = segment(['我国目前有四种主要大模型，包括：', '', ...lines('004_fb9698581f1d58ba', 789, 791)], 'x.txt', vocab);
    expect(t.figures).toEqual([]);
  });

  it('keeps a note under a figure\'s source line in the figure, and the body text after it out (国金 L584–592)', () => {
    const s = segment(lines('003_1dfa16a953909437', 584, 592), 'x.txt', vocab);
    const fig = s.figures[0]!.id;
    expect(s.blocks.map((b) => `${b.kind}:${b.line}-${b.lineEnd}${b.figureId === fig ? ' fig' : ''}`).slice(-3)).toEqual(['source:6-6 fig', 'paragraph:7-7 fig', 'paragraph:9-9']);
  });

  it('does not end a sentence at a list item\'s number', () => {
    const t = '1. Identify the average daily meat consumption for Georgia. 2. Identify the average daily meat consumption for Western Asia.';
    expect(splitSentences(t).map((sp) => t.slice(sp.start, sp.end))).toEqual(['1. Identify the average daily meat consumption for Georgia.', '2. Identify the average daily meat consumption for Western Asia.']);
  });
});

describe('text helpers on text whose line breaks were lost', () => {
  it('cuts a sentence with no end punctuation into pieces of at most 2,000 characters, at commas or spaces', () => {
    const line = readFileSync(join(REPORTS_DIR, '002_1236977f8e68864d.txt'), 'utf8').replace(/[。！？\n]/g, '，').repeat(3);
    const spans = splitSentences(line);
    expect(spans.length).toBeGreaterThan(line.length / 2000);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(2000);
    for (const s of spans.slice(0, -1)) expect(line[s.end - 1]).toMatch(/[，,；;\s.!?]/);
    // Nothing is lost but the spaces between pieces.
    expect(spans.map((s) => line.slice(s.start, s.end)).join('').replace(/\s/g, '')).toBe(line.replace(/\s/g, ''));
  });

  it('reads a heading a PDF drew twice to fake bold as printed once (国元 L229, L901), and leaves other text alone', () => {
    expect(undoubled('1.11.1 发展历程：算法模型持续迭代，发展历程：算法模型持续迭代，AIAI行业快速发展行业快速发展')).toBe('1.1 发展历程：算法模型持续迭代，AI行业快速发展');
    expect(undoubled('2.42.4 AnAnthropicthropic与与OpenOpenAIAI一脉相承，发布一脉相承，发布ClauClaudede大模型大模型')).toBe('2.4 Anthropic与OpenAI一脉相承，发布Claude大模型');
    expect(undoubled('2.2.1 Gemini 正式对外发布，多模态理解优势突出')).toBe('2.2.1 Gemini 正式对外发布，多模态理解优势突出');
    expect(undoubled('1. 2022 年 AA 级')).toBe('1. 2022 年 AA 级');
  });

  it('trims trailing spaces but keeps trailing tabs (empty table cells)', () => {
    expect(cleanLine('MMLU\t86.4%\t\t   ')).toBe('MMLU\t86.4%\t\t');
    expect(cleanLine('GPT-4' + ' '.repeat(100_000))).toBe('GPT-4');
  });
});

describe('spacedTablesToTabs', () => {
  it('rewrites a table laid out with spaces as tab-separated cells (a SuperCLUE ranking), and leaves prose and analyst lines alone', () => {
    const lines = [
      '排名    模型                  总分      理科      文科',
      '1       GPT-4-Turbo-0125      79.13     81.51     76.04',
      '3       文心一言 4.0           73.62     74.48     76.87',
      '杨泽原  首席计算机分析师  执业证书编号：S1010517080002',
      '丁奇  计算机分析师  执业证书编号：S1010519070001',
      'GPT-4 在 MMLU 上得分 86.4%。',
    ];
    expect(spacedTablesToTabs(lines)).toEqual([
      '排名\t模型\t总分\t理科\t文科',
      '1\tGPT-4-Turbo-0125\t79.13\t81.51\t76.04',
      '3\t文心一言 4.0\t73.62\t74.48\t76.87',
      ...lines.slice(3),
    ]);
  });

  it('reads the rewritten table\'s scores, not its rank column (排名)', () => {
    const text = ['图 8  SuperCLUE 中文大模型综合测评', '排名    模型                  总分      理科', '1       GPT-4 Turbo           79.13     81.51', '2       GLM-4                 71.51     72.70', '资料来源：SuperCLUE，华西证券研究所'].join('\n');
    const results = ingestFiles([{ name: 'r.txt', text: `${text}\n` }]).collections.results.map((r) => `${r.model} ${r.benchmark} ${r.value} ${r.setting ?? '-'}`);
    expect(results).toEqual(['gpt-4-turbo superclue 79.13 -', 'gpt-4-turbo superclue 81.51 理科', 'glm-4 superclue 71.51 -', 'glm-4 superclue 72.7 理科']);
  });
});
