import { describe, expect, it } from 'vitest';
import { boldRuns, htmlToText, parseHtmlTable } from '../../scripts/pipeline/html-table.ts';
import { tsvCells } from '../../scripts/pipeline/segment.ts';

describe('parseHtmlTable', () => {
  it('keeps rowspan/colspan and header cells, nothing else', () => {
    const html = '<table border="1"> <thead> <tr> <th colspan="3">SFT数据集 (13K有标签)</th> </tr> <tr> <th>类别</th> <th>语料来源</th> <th>个数</th> </tr> </thead> <tbody> <tr> <td rowspan="2" onclick="x()">训练集</td> <td>标注员</td> <td>11295</td> </tr> </tbody> </table>';
    const t = parseHtmlTable(html, 0, () => 241);
    expect(t.end).toBe(html.length);
    expect(t.headerRows).toBe(2);
    expect(t.rows[0]!.cells).toEqual([{ text: 'SFT数据集 (13K有标签)', colspan: 3, header: true }]);
    expect(t.rows[2]!.cells[0]).toEqual({ text: '训练集', rowspan: 2 });
  });

  it('turns <ul><li> inside a cell into bullet lines and <b> into plain text', () => {
    const html = '<table><tr><td>CLIP</td><td><ul style="list-style-type: none"> <li>网络结构主要包含 <b>Text Encoder</b> 和 Image Encoder;</li> <li>CLIP 使用大规模数据进行训练。</li> </ul></td></tr></table>';
    expect(parseHtmlTable(html, 0, () => 1).rows[0]!.cells[1]!.text).toBe('• 网络结构主要包含 Text Encoder 和 Image Encoder;\n• CLIP 使用大规模数据进行训练。');
  });

  it('reads a nested table as the text of its cell', () => {
    const html = '<table><tr><td>外层</td><td><table><tr><td>Books1</td><td>12 billion</td></tr><tr><td>Wikipedia</td><td>3 billion</td></tr></table></td></tr></table>';
    const t = parseHtmlTable(html, 0, () => 1);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0]!.cells[1]!.text).toBe('Books1 12 billion；Wikipedia 3 billion');
    expect(t.rows[0]!.cells[1]!.table).toEqual({ headerRows: 0, rows: [{ cells: [{ text: 'Books1' }, { text: '12 billion' }] }, { cells: [{ text: 'Wikipedia' }, { text: '3 billion' }] }] });
  });

  it('keeps a nested table only as text when the cell holds more than the table, and never deeper than one level', () => {
    const withText = parseHtmlTable('<table><tr><td>注：<table><tr><td>a</td></tr></table></td></tr></table>', 0, () => 1);
    expect(withText.rows[0]!.cells[0]).toEqual({ text: '注： a' });
    const deep = parseHtmlTable('<table><tr><td><table><tr><td><table><tr><td>x</td><td>y</td></tr></table></td></tr></table></td></tr></table>', 0, () => 1);
    expect(deep.rows[0]!.cells[0]!.table).toEqual({ headerRows: 0, rows: [{ cells: [{ text: 'x y' }] }] });
  });

  it('says when the table never closes', () => {
    const t = parseHtmlTable('<table><tr><td>GPT-4</td><td>86.4', 0, () => 7);
    expect(t.end).toBe(-1);
    expect(t.problems.map((p) => p.message)).toEqual(['the <table> is never closed']);
  });
});

describe('htmlToText', () => {
  it('drops script, style and iframe with their content and decodes entities', () => {
    expect(htmlToText('a<script>alert(1)</script>b<style>x{}</style>&lt;c&gt;<iframe src="javascript:alert(1)"></iframe>')).toBe('a b <c>');
  });
});

describe('bold in cells', () => {
  it('keeps what a cell prints in bold as plain text, so a column\'s best score still stands out (华福 L571, 西南 L573)', () => {
    const row = tsvCells('Gemini Ultra\t90.9%\t<b>80.8%</b>\t<b>79.5%</b>\t-');
    expect(row.map((c) => c.text)).toEqual(['Gemini Ultra', '90.9%', '80.8%', '79.5%', '-']);
    expect(row.map((c) => c.strong ?? null)).toEqual([null, null, ['80.8%'], ['79.5%'], null]);
    expect(tsvCells('<b>MMLU [43]</b> Multiple-choice questions\t<b>86.4%</b> 5-shot')[1]).toEqual({ text: '86.4% 5-shot', strong: ['86.4%'] });
    // Attributes and markup inside the bold run are dropped like everywhere else; an unclosed tag marks nothing.
    expect(boldRuns('<b onmouseover="alert(1)"><i>GPT-4</i></b> and <strong>Gemini</strong>')).toEqual(['GPT-4', 'Gemini']);
    expect(boldRuns('<b>never closed')).toEqual([]);
    // In an HTML table a header cell is bold anyway: not recorded; a data cell's bold is.
    const t = parseHtmlTable('<table><tr><th><b>Model</b></th></tr><tr><td><b>92.5%</b></td></tr></table>', 0, () => 1);
    expect(t.rows.map((r) => r.cells[0])).toEqual([{ text: 'Model', header: true }, { text: '92.5%', strong: ['92.5%'] }]);
  });

  it('reads many unclosed bold tags in one pass', () => {
    const line = '<b>x '.repeat(50_000);
    expect(boldRuns(line)).toEqual([]);
    expect(boldRuns(`${line}</b>`).length).toBe(1);
  });
});
