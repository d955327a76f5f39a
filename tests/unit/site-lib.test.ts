import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { barSpec, marketSpec } from '../../src/components/charts/specs.ts';
import { modelFactRows, toCsv } from '../../src/lib/csv.ts';
import { fieldDocs } from '../../src/lib/field-docs.ts';
import { figureValue, periodMiddle, printedPair, quantityLabel } from '../../src/lib/format.ts';
import { disagreeAtPrecision, distinctAtPrecision, sameAtPrecision } from '../../src/lib/precision.ts';
import { benchmarkResultsRoute, collapseByModel, leaderboards, settingNamesDataset } from '../../src/lib/leaderboard.ts';
import { marketSubjects, subjectSlug } from '../../src/lib/markets.ts';
import { noMatchCss, radioFilterCss } from '../../src/lib/radio-filters.ts';
import { boldPieces, displayLine, flowLines, flowRuns, headingTags, reportView, withoutBold } from '../../src/lib/report-view.ts';
import { ALIAS_END, ALIAS_MARK, aliasHint, containsPhrases, containsWords, lineExcerpt, namesMatch, namesPrinted, parseQuery, placeOf, printsQuery, tightMatches, withoutAliases } from '../../src/lib/search-query.ts';
import { firstRelease, openKey, pointModality, pointOpen, pointYear, preciseDates, timelineFilterCss, timelineFilters, timelinePoints, timelineSpec, vendorKey, WEIGHTS } from '../../src/lib/timeline.ts';
import { firstOf } from '../../src/lib/first-of.ts';
import { modelScoresRoute, scoreGroups } from '../../src/lib/score-pages.ts';
import { chunk } from '../../src/lib/chunk.ts';
import { timelineCount } from '../../src/lib/timeline-count.ts';
import { timeTicks } from '../../src/lib/time-ticks.ts';
import { printsValue, sourceAnchor } from '../../src/lib/cell-anchor.ts';
import { spanHeader, toGridRows } from '../../src/lib/table-view.ts';
import { SUITE_MATRIX_ROWS, suiteMatrix } from '../../src/lib/suite.ts';
import { marketDisagreements, scoreDisagreements, shortened } from '../../src/lib/disagreements.ts';
import { ABOUT_PAGE_REPORTS, parserDetailsHref } from '../../src/lib/parser-pages.ts';
import { ENTITY_PAGE_REPORTS, entityClaims, entityNames, mentionExcerpt, mentionLine, mentionsByReport, mentionsRoute, needsMentionPages, searchNames, typedForms } from '../../src/lib/mentions.ts';
import { unescapeMarkdown } from '../../src/schemas/plain-text.ts';
import { sameDayElsewhere, type Claim, type MarketFigure, type Result } from '../../src/schemas/index.ts';
import { ingestSeeds, ROOT } from '../helpers/corpus.ts';

const c = ingestSeeds().collections;
const res = (model: string, value: number, setting: string | null, unit = '%', report = 'r', line = 1): Result => ({ id: `${model}-${value}-${line}`, model, benchmark: 'b', value, unit, setting, printed: String(value), source: { report, line } });

describe('tightMatches', () => {
  it('finds typed words printed together as a name is written, and not apart', () => {
    expect(tightMatches('Meta 发布 Llama-2-chat 与 LLaMA 2 70B', 'LLaMA 2')).toEqual(['Llama-2', 'LLaMA 2']);
    expect(tightMatches('84.2% LLaMA (validation set) [28]', 'LLaMA 2')).toEqual([]);
    expect(tightMatches('Gemini Ultra 的 MMLU 指标达到 90.04%', 'MMLU 90')).toEqual([]);
    expect(tightMatches('MMLU 90.04%', 'MMLU 90')).toEqual(['MMLU 90']);
    expect(tightMatches('GPT-3.5 Turbo', '"gpt3.5"')).toEqual(['GPT-3.5']);
    expect(tightMatches('anything', '2')).toEqual([]);
  });

  it('finds a Latin name only where it stands alone: not in a longer name, word or point release', () => {
    // 天风 L382 "PaLM-2-L" is PaLM 2's variant; 华福's Med-PaLM 2 is another model.
    expect(tightMatches('与 GPT-3.5、GPT-4、PaLM 和 PaLM-2-L 相比', 'PaLM 2')).toEqual(['PaLM-2']);
    expect(tightMatches('谷歌发布 Med-PaLM 2 医疗大模型', 'PaLM 2')).toEqual([]);
    expect(tightMatches('Claude 2.1 支持 200K 上下文', 'Claude 2')).toEqual([]);
    // ".0" is the same version: "ERNIE 4" finds 文心一言 4.0's "ERNIE 4.0", not "ERNIE 4.05".
    expect(tightMatches('更新至 ERNIE 4.0。', 'ERNIE 4')).toEqual(['ERNIE 4']);
    expect(tightMatches('ERNIE 4.05', 'ERNIE 4')).toEqual([]);
    expect(tightMatches('ERNIE 4.0.1', 'ERNIE 4')).toEqual([]);
    expect(tightMatches('GPT-3.5 与 GPT-4V', 'GPT-3')).toEqual([]);
    expect(tightMatches('GPT-3.5 与 GPT-4V', 'GPT-4')).toEqual([]);
    expect(tightMatches('自 2020 年GPT-3发布后', 'GPT-3')).toEqual(['GPT-3']);
    expect(tightMatches('自研框架 ERNIE 赋能文心大模型，更新至 ERNIE 4.0。', 'ERNIE 4.0')).toEqual(['ERNIE 4.0']);
    // Chinese is not bounded: 文心一言 is found in 文心一言大模型.
    expect(tightMatches('文心一言大模型', '文心一言')).toEqual(['文心一言']);
    expect(printsQuery('GPT-3.5 Turbo', 'GPT-3')).toBe(false);
    expect(printsQuery('anything', 'a')).toBe(true);
  });
});

describe('printedPair', () => {
  it('finds the pair a score cell prints (天风 L474 SuperGLUE CB "95.8/97.6") and nothing in a single score', () => {
    expect(printedPair('95.8/97.6')).toBe('95.8/97.6');
    expect(printedPair('88.3 / 63.0')).toBe('88.3/63.0');
    expect(printedPair('87.29% CoT@32 (via API**)')).toBeUndefined();
    expect(printedPair('GPT-4 / GPT-3.5')).toBeUndefined();
  });
});

describe('settingNamesDataset', () => {
  it('finds a dataset by name or alias as a whole word in a metric score\'s setting (天风 图 48 FVD table)', () => {
    expect(settingNamesDataset('EN; UCF-101 0-shot', ['UCF-101', 'UCF101'])).toBe(true);
    expect(settingNamesDataset('Pretrain; MSR-VTT', ['MSR-VTT'])).toBe(true);
    expect(settingNamesDataset('ucf101', ['UCF-101', 'UCF101'])).toBe(true);
    expect(settingNamesDataset('UCF-1010 zero-shot', ['UCF-101'])).toBe(false);
    expect(settingNamesDataset('5-shot', ['UCF-101'])).toBe(false);
    expect(settingNamesDataset(null, ['UCF-101'])).toBe(false);
  });
});

describe('leaderboards', () => {
  it('ranks in the benchmark direction and never mixes settings', () => {
    const groups = leaderboards([res('a', 80, '5-shot'), res('b', 90, '5-shot'), res('c', 95, 'CoT@32'), res('d', 90, '5 shot')], true);
    expect(groups.map((g) => [g.setting, g.rows.map((r) => `${r.rank}:${r.model}`)])).toEqual([
      ['5-shot', ['1:b', '1:d', '3:a']],
      ['CoT@32', ['1:c']],
    ]);
    expect(leaderboards([res('a', 300, null, 'FVD'), res('b', 200, null, 'FVD')], false)[0]!.rows.map((r) => r.model)).toEqual(['b', 'a']);
  });

  it('ranks a score printed without "%" with the percentages on a benchmark scored in percent', () => {
    const rs = [res('a', 90.6, null, ''), res('b', 90.4, null, ''), res('a', 90.6, null, '%', 'r2')];
    // The same score from two lines is one row with both sources.
    expect(leaderboards(rs, true, '%').map((g) => [g.unit, g.rows.map((r) => `${r.rank}:${r.model}:${r.sources.length}`)])).toEqual([['%', ['1:a:2', '2:b:1']]]);
    // Without the benchmark's unit, or on one scored in another unit, they stay apart.
    expect(leaderboards(rs, true).length).toBe(2);
    expect(leaderboards(rs, true, 'Elo').length).toBe(2);
    // A fraction printed without "%" ("0.67" in the abab6 table) keeps its own table.
    expect(leaderboards([res('a', 0.67, null, ''), res('b', 55, null, '%')], true, '%').map((g) => g.unit).sort()).toEqual(['', '%']);
  });

  it('ranks an F1 printed with "%" with the F1 scores (天风 DROP, L191 "82.4" and L217 "82.4%")', () => {
    const g = leaderboards([res('ultra', 82.4, 'Variable shots', 'F1', 'r1'), res('ultra', 82.4, 'Variable shots', '%', 'r2'), res('pro15', 78.9, 'Variable shots', '%', 'r2')], true, 'F1');
    expect(g.map((x) => [x.unit, x.rows.map((r) => `${r.rank}:${r.model}:${r.sources.length}`)])).toEqual([['F1', ['1:ultra:2', '2:pro15:1']]]);
  });

  it('marks a model with two values under one setting as disputed', () => {
    const g = leaderboards([res('a', 86.4, '5-shot', '%', 'r1'), res('a', 87.29, '5-shot', '%', 'r2'), res('b', 80, '5-shot', '%', 'r1')], true)[0]!;
    expect(g.rows.map((r) => `${r.model} ${r.value} ${r.disputed}`)).toEqual(['a 87.29 true', 'a 86.4 true', 'b 80 false']);
    // A value that is another rounded (华福 L386 90.0% beside 天风 L177 90.04%) is not a dispute: one row, the finer value, both sources.
    const rounded = leaderboards([res('a', 90, null, '%', 'r1'), res('a', 90.04, null, '%', 'r2'), res('b', 88, null, '%', 'r1')], true)[0]!.rows;
    expect(rounded.map((r) => `${r.rank}:${r.model} ${r.value} ${r.disputed} ${r.sources.map((x) => x.source.report).join(',')}`)).toEqual(['1:a 90.04 false r2,r1', '2:b 88 false r1']);
  });
});

describe('marketSubjects', () => {
  it('gives subjects that differ only in Chinese words their own anchors', () => {
    const slugs = ['星火大模型 users', '多邻国 users', 'China AI market size', '市场规模'].map(subjectSlug);
    expect(slugs[2]).toBe('china-ai-market-size');
    expect(slugs[0]).toMatch(/^users-[0-9a-z]{7}$/);
    expect(slugs[3]).toMatch(/^[0-9a-z]{7}$/);
    expect(new Set(slugs).size).toBe(4);
    expect(subjectSlug('星火大模型 users')).toBe(slugs[0]);
  });

  it('attaches a CAGR to the market it is about, whatever the kind words say', () => {
    const fig = (id: string, kind: MarketFigure['kind'], subject: string, about: string): MarketFigure => ({ id, subject, about, subjectZh: subject, kind, region: 'China', period: '2027', value: 1, unit: '亿元', normalized: 1e8, currency: 'CNY', forecast: true, entity: null, printed: '1亿元', source: { report: 'r', line: 1 } });
    const subjects = marketSubjects([fig('a', 'market-size', '中国 AI 市场', 'China AI'), fig('b', 'cagr', '中国 AI 增速', 'China AI'), fig('c', 'cagr', 'Global AI CAGR', 'Global AI')]);
    expect(subjects.map((x) => [x.subject, x.cagr.map((c) => c.id)])).toEqual([['中国 AI 市场', ['b']]]);
  });

  it('groups figures by subject across reports and attaches the CAGR', () => {
    const s = marketSubjects(c.marketFigures).find((x) => x.subject === 'China AI market size')!;
    expect(s.figures.map((f) => `${f.period} ${f.forecast ? 'E' : 'A'} ${f.value}`)).toEqual(['2022 A 2058', '2027 E 7119']);
    expect(s.cagr.map((f) => f.value)).toEqual([28.2]);
    expect(s.currency).toBe('CNY');
  });
});

describe('chart specs', () => {
  it('sorts bars in the benchmark direction and keeps links', () => {
    const rows = [{ label: 'y', value: 3, href: '/y/' }, { label: 'x', value: 1, href: '/x/' }, { label: 'z', value: 2 }];
    expect(barSpec('t', 'a', rows, false)).toMatchObject({ labels: ['x', 'z', 'y'], values: [1, 2, 3], links: ['/x/', '', '/y/'] });
    expect(barSpec('t', 'a', rows, true)).toMatchObject({ labels: ['y', 'z', 'x'], values: [3, 2, 1], links: ['/y/', '', '/x/'] });
  });
  it('splits actual and forecast series by period', () => {
    const m = marketSpec('t', 'CNY 亿', [{ period: '2022', normalized: 2.058e11, forecast: false }, { period: '2027', normalized: 7.119e11, forecast: true }], 1e8);
    expect(m).toMatchObject({ labels: ['2022', '2027'], actual: [2058, null], forecast: [null, 7119] });
  });
});

describe('toCsv', () => {
  it('flattens nested fields, joins lists and quotes what needs quoting', () => {
    expect(toCsv([{ id: 'a', source: { report: 'r', line: 3 }, aliases: ['x', 'y'], text: 'say "hi", then\nbye' }])).toBe('\uFEFFid,source.report,source.line,aliases,text\na,r,3,x; y,"say ""hi"", then\nbye"\n');
  });

  it('shows the values of a list of sourced assertions, and model facts one row each with their source', () => {
    const model = { id: 'gpt-4', releaseDate: [{ value: '2023-03-14', printed: '2023年3月14日', source: { report: 'r', line: 5 } }, { value: '2023-03', printed: '2023年3月', source: { report: 's', line: 9 } }] };
    expect(toCsv([model])).toBe('\uFEFFid,releaseDate\ngpt-4,2023-03-14; 2023-03\n');
    // An amount shows as printed, with its unit ("70-650亿", "$0.25"), not as a bare number.
    const sized = { id: 'llama', parameters: [{ value: 7e9, max: 6.5e10, printed: '70-650亿', source: { report: 'r', line: 1 } }] };
    expect(toCsv([sized])).toBe('\uFEFFid,parameters\nllama,70-650亿\n');
    expect(toCsv(modelFactRows([model], ['releaseDate']))).toBe(
      '\uFEFFid,model,attribute,value,printed,source.report,source.line\ngpt-4-releaseDate-1,gpt-4,releaseDate,2023-03-14,2023年3月14日,r,5\ngpt-4-releaseDate-2,gpt-4,releaseDate,2023-03,2023年3月,s,9\n',
    );
  });

  it('keeps text a spreadsheet would run as a formula from running (华福/国金 setting "+ GPT-3.5"), but not numbers', () => {
    expect(toCsv([{ id: 'a', setting: '+ GPT-3.5', formula: '=HYPERLINK("x")', value: -3 }])).toBe('\uFEFFid,setting,formula,value\na,\'+ GPT-3.5,"\'=HYPERLINK(""x"")",-3\n');
  });
});

describe('fieldDocs', () => {
  it('reads each field and its JSDoc from a schema module', () => {
    const docs = fieldDocs(readFileSync(join(ROOT, 'src/schemas/result.ts'), 'utf8'));
    expect(docs.find((d) => d.field === 'value')?.doc).toBe('The number as printed (86.4 for "86.4%").');
    expect(docs.map((d) => d.field)).toEqual(['id', 'model', 'benchmark', 'value', 'unit', 'setting', 'printed', 'source']);
  });

  it('names the object each field belongs to, so a nested id is not read as the record\'s own', () => {
    const docs = fieldDocs(readFileSync(join(ROOT, 'src/schemas/report.ts'), 'utf8'));
    const ids = docs.filter((d) => d.field === 'id').map((d) => d.of);
    expect(ids).toContain('broker');
    expect(ids).toContain('report');
    expect(new Set(ids).size).toBe(ids.length);
    expect(docs[docs.length - 1]!.of).toBe('report');
  });

  it('never runs a doc past its own comment into code (the schema’s own comment above `export const`)', () => {
    for (const file of ['source.ts', 'result.ts', 'market-figure.ts', 'model.ts', 'assertion.ts']) {
      for (const d of fieldDocs(readFileSync(join(ROOT, 'src/schemas', file), 'utf8'))) expect(d.doc, `${file} ${d.field}`).not.toMatch(/\*\/|z\.object|export const/);
    }
    expect(fieldDocs(readFileSync(join(ROOT, 'src/schemas/source.ts'), 'utf8')).find((d) => d.field === 'report')?.doc).toBe('Report id (the file name without extension).');
  });
});

describe('bold marks in report text', () => {
  it('drops paired ** marks, within a line or across a block\'s lines, and keeps footnote marks', () => {
    // 华福 L384 and L435–436; 西南 (Chinese punctuation before a closer, text after it).
    expect(withoutBold('得分率高达 **90.0%**，首次')).toBe('得分率高达 90.0%，首次');
    expect(withoutBold('**Gemini Ult\nra** 在 MMLU')).toBe('Gemini Ult\nra 在 MMLU');
    expect(withoutBold('**在Bert和GPT模型问\n题上。**其二')).toBe('在Bert和GPT模型问\n题上。其二');
    expect(withoutBold('**AI 模特换装：**Stable Diffusion')).toBe('AI 模特换装：Stable Diffusion');
    // 天风 L185: "(via API**)" and "68.0%***" are footnote marks; the row shows them as printed.
    const row = '87.29% CoT@32 (via API**)\t70% 5-shot\t68.0%***';
    expect(withoutBold(row)).toBe(row);
    expect(displayLine('52.9% 4-shot (via API**)')).toBe('52.9% 4-shot (via API**)');
    // A closer whose opener the converter lost stays, as printed (国金 L579).
    expect(withoutBold('- 大模型厂商:** 国内头部')).toBe('- 大模型厂商:** 国内头部');
    expect(displayLine('## **标题**')).toBe('标题');
  });
});

describe('headingTags', () => {
  it('gives every chapter of a report the same tag and never skips a level (天风: chapters "1." … "5." are h3, "1.1." … h4)', () => {
    const r = c.reports.find((x) => x.id === '001_9ab0ab8dbd710fce')!;
    const tags = headingTags(r.blocks);
    const tagOf = (line: number) => tags.get(line);
    for (const line of [147, 427, 574, 741, 775]) expect(tagOf(line), `L${line}`).toBe(3);
    for (const line of [149, 246, 429, 576]) expect(tagOf(line), `L${line}`).toBe(4);
    for (const rep of c.reports) {
      const own = headingTags(rep.blocks);
      let prev = 2;
      for (const b of [...rep.blocks].filter((x) => x.kind === 'heading').sort((x, y) => x.line - y.line)) {
        expect(own.get(b.line)!, `${rep.id} L${b.line}`).toBeLessThanOrEqual(prev + 1);
        prev = own.get(b.line)!;
      }
    }
  });
});

describe('spanHeader', () => {
  it('draws a two-level header as one: group labels span their sub-headers, lone labels span both rows (天风 L209–210)', () => {
    const cells = (...t: string[]) => t.map((text) => ({ text }));
    const [top, sub] = spanHeader(cells('Capability', 'Benchmark', 'Gemini', '', ''), cells('', '', '1.0 Pro', '1.0 Ultra', '1.5 Pro'));
    expect(top).toEqual([{ text: 'Capability', rowspan: 2 }, { text: 'Benchmark', rowspan: 2 }, { text: 'Gemini', colspan: 3 }]);
    expect(sub.map((c) => c.text)).toEqual(['1.0 Pro', '1.0 Ultra', '1.5 Pro']);
    // 华福 L223–224: 输入 and 输出 each over four media.
    const [top2] = spanHeader(cells('大模型', '数据集', '输入', '', '', '', '输出', '', '', ''), cells('', '', '文本', '图片', '语音', '视频', '文本', '图片', '语音', '视频'));
    expect(top2.map((c) => `${c.text}${c.colspan ? `×${c.colspan}` : ''}`)).toEqual(['大模型', '数据集', '输入×4', '输出×4']);
  });
});

describe('toGridRows', () => {
  it('spans a row that only names a part of the table across its width (国金 图表17 L344, 天风 图 19 L416 and L419)', () => {
    const rowsAt = (report: string, line: number) => toGridRows(c.reports.find((r) => r.id === report)!.blocks.find((b) => b.kind === 'table' && b.line <= line && b.lineEnd >= line)!).rows;
    const glm = rowsAt('003_1dfa16a953909437', 344);
    expect(glm[0]).toMatchObject({ line: 344, titleRow: true, cells: [{ text: '基础能力 (英文)', colspan: 7 }] });
    // The rows under it keep their cells.
    expect(glm.find((r) => r.line === 346)!.cells.map((x) => x.text)).toEqual(['GPT-4', '86.4', '92.0', '52.9', '83.1', '95.3', '67.0']);
    const llama = rowsAt('001_9ab0ab8dbd710fce', 416);
    expect(llama.filter((r) => r.titleRow).map((r) => `${r.line} ${r.cells[0]!.text} ×${r.cells[0]!.colspan}`)).toEqual(['416 Hardware and Software (Section 2.2) ×2', '419 Training Data (Sections 2.1 and 3) ×2']);
    // A row with an empty label and values is not a title (华福 L541, "2023年4月 通义千问").
    expect(rowsAt('002_1236977f8e68864d', 541).find((r) => r.line === 541)!.titleRow).toBeUndefined();
  });
});

describe('flowLines', () => {
  it('runs a paragraph\'s wrapped lines together, breaking after a sentence\'s end, before an item or after a blank line (西南 L503–508, L205)', () => {
    const flow = (...t: string[]) => flowLines(t.map((text, i) => ({ n: i + 1, text }))).map((l) => (l.blank ? '' : `${l.breakBefore ? '⏎' : ''}${l.spaceBefore ? '␣' : ''}${l.text}`)).join('|');
    // Separate items of a slide, each after a blank line, stay on lines of their own.
    expect(flow('探索大语言模型的天花板', '', '增强大语言模型的复杂推理能力')).toBe('探索大语言模型的天花板||⏎增强大语言模型的复杂推理能力');
    expect(flow('由多个子模型（即专家）', '组成，核心思想')).toBe('由多个子模型（即专家）|组成，核心思想');
    expect(flow('Step 1: From the chart, we see that', 'the average is 79.84 grams.', 'Step 2: From the chart.')).toBe('Step 1: From the chart, we see that|␣the average is 79.84 grams.|⏎Step 2: From the chart.');
    expect(flow(' $79.84 \\text{ g}$', 'So, the sum is 149.46 grams.')).toBe(' $79.84 \\text{ g}$|␣So, the sum is 149.46 grams.');
    expect(flow('模型发布。', '• 第二项', '接着写')).toBe('模型发布。|⏎• 第二项|接着写');
    // Runs: each line of the page, numbered by its first source line.
    const runs = flowRuns(flowLines(['模型发布。', '• 第二项', '接着写', '', '另一项'].map((text, i) => ({ n: i + 1, text }))));
    expect(runs.map((r) => r.map((l) => l.n))).toEqual([[1], [2, 3, 4], [5]]);
  });

  it('puts each line of a list of labels on a line of its own (西南 L688–694), while a justified text box flows (国元 L478–482)', () => {
    const flow = (...t: string[]) => flowLines(t.map((text, i) => ({ n: i + 1, text }))).map((l) => (l.blank ? '' : `${l.breakBefore ? '⏎' : ''}${l.text}`)).join('|');
    expect(flow('主要发展途径', '使用自回归模型', '预训练引入程序代码', '提高数据质量和数量', '多模态', 'Sparse化（可降低成本）', '使用易用接口')).toBe(
      '主要发展途径|⏎使用自回归模型|⏎预训练引入程序代码|⏎提高数据质量和数量|⏎多模态|⏎Sparse化（可降低成本）|⏎使用易用接口',
    );
    expect(flow('OpenAI 从 非', '盈 利 过 渡 到', '“封顶盈利”')).toBe('OpenAI 从 非|盈 利 过 渡 到|“封顶盈利”');
    // Two short lines, or short lines of a sentence (a comma), are not a list of labels.
    expect(flow('由多个子模型（即专家）', '组成，核心思想', '在于分工')).toBe('由多个子模型（即专家）|组成，核心思想|在于分工');
    expect(flow('国内大模型', '发展途径')).toBe('国内大模型|发展途径');
  });
});

describe('report lines as read', () => {
  it('shows list markers as bullets, exponents raised, spread-out Chinese closed up (column gaps kept) and escaped bold marks paired', () => {
    // 国金 L579-style list items, 天风 L387 LR column, 国元 L480, 西南 L809.
    expect(displayLine('- 大模型厂商: 国内头部')).toBe('• 大模型厂商: 国内头部');
    expect(displayLine('3.0×10^{-4}')).toBe('3.0×10⁻⁴');
    expect(displayLine('OpenAI 从 非 盈 利 过 渡 到')).toBe('OpenAI 从非盈利过渡到');
    expect(displayLine('和\\*\\*市场价值\\*\\*')).toBe('和市场价值');
    // A dash that is an empty cell or a minus stays.
    expect(displayLine('-')).toBe('-');
    // A word split at one character by justification closes up (华福 L223 "发布时 间"), as in claim text;
    // a space beside a Latin word stays.
    expect(displayLine('大模型\t发布时 间\t参数 量')).toBe('大模型\t发布时间\t参数量');
    expect(displayLine('发布 GPT-4 模型')).toBe('发布 GPT-4 模型');
    // A space between two Chinese words separates columns of a table the converter flattened (国元 L92,
    // L104, "12亿 多模态"): it stays, and so does a tab (华福 L847, the rating table).
    expect(displayLine(' 开发者 预训练模型 应用 参数量 领域')).toBe(' 开发者 预训练模型 应用 参数量 领域');
    expect(displayLine('Gato 多面手的智能体 12亿 多模态')).toBe('Gato 多面手的智能体 12亿 多模态');
    expect(displayLine('公司评级\t买入\t未来6个月内')).toBe('公司评级\t买入\t未来6个月内');
  });
});

describe('bold in table cells', () => {
  it('marks the bold parts of a cell as shown, in order, and leaves a part it cannot find unmarked (西南 L573)', () => {
    expect(boldPieces('86.4% 5-shot', ['86.4%'])).toEqual([{ text: '86.4%', bold: true }, { text: ' 5-shot', bold: false }]);
    expect(boldPieces('MMLU [43] Multiple-choice', ['MMLU [43]'])).toEqual([{ text: 'MMLU [43]', bold: true }, { text: ' Multiple-choice', bold: false }]);
    expect(boldPieces('92.0%* 5-shot', ['missing'])).toEqual([{ text: '92.0%* 5-shot', bold: false }]);
    expect(boldPieces('88.4 QDGAT [53]')).toEqual([{ text: '88.4 QDGAT [53]', bold: false }]);
  });
});

describe('inline TeX in report text', () => {
  it('shows a formula as text and leaves prices and escaped dollars alone', () => {
    // 华福 L344, 国金 L270, 西南 L506, 华福 L649.
    expect(displayLine('最高可达  $2048 \\times 2048$  分辨率。')).toBe('最高可达  2048 × 2048  分辨率。');
    expect(displayLine('比如固定要进行  $n$  次浮点计算')).toBe('比如固定要进行  n  次浮点计算');
    expect(displayLine(' $79.84 \\text{ g (Georgia)} + 69.62 \\text{ g (Western Asia)} = 149.46 \\text{ g}$')).toBe(' 79.84 g (Georgia) + 69.62 g (Western Asia) = 149.46 g');
    expect(displayLine('GPT-4 8K Input: \\$0.03 Output: \\$0.06')).toBe('GPT-4 8K Input: $0.03 Output: $0.06');
    expect(displayLine('costs $5 and $10 a month')).toBe('costs $5 and $10 a month');
    expect(displayLine('$\\alpha$ and $x')).toBe('α and $x');
  });
});

describe('reportView', () => {
  it('gives every line of a report a place and groups figure blocks under their anchor', () => {
    for (const r of c.reports) {
      const lines = new Set<number>();
      for (const item of reportView(r)) {
        if (item.kind === 'gap') item.lines.forEach((l) => lines.add(l));
        else for (const b of item.kind === 'figure' || item.kind === 'folded' ? item.blocks : [item.block]) for (let l = b.line; l <= b.lineEnd; l++) lines.add(l);
      }
      expect(lines.size, r.id).toBe(r.lineCount);
    }
    const r001 = c.reports.find((r) => r.id.startsWith('001'))!;
    const fig4 = reportView(r001).find((i) => i.kind === 'figure' && i.id === 'fig-4');
    expect(fig4 && fig4.kind === 'figure' ? fig4.blocks.filter((b) => b.text.trim() !== '').map((b) => b.kind) : []).toEqual(['caption', 'table', 'source']);
  });

  it('folds a run of contents pages and separators as one (西南 L224–245: contents, a "---" separator, contents)', () => {
    const r004 = c.reports.find((r) => r.id.startsWith('004'))!;
    const fold = reportView(r004).find((i) => i.kind === 'folded' && i.blocks.some((b) => b.line === 226));
    expect(fold && fold.kind === 'folded' ? fold.blocks.filter((b) => b.text.trim() !== '').map((b) => `${b.kind}:${b.line}`) : []).toEqual(['toc:224', 'furniture:226', 'toc:230']);
  });
});

describe('search result places', () => {
  // Anchors as Pagefind reports them for a report page: a heading (#s-180 holding line L180), a figure
  // (#fig-4 … #fig-4-end) whose first line with text is its caption (an empty line may come first), table cells (#L184c1), a line after the figure.
  const anchors = [
    { id: 's-180', text: '2.1 Gemini 性能', location: 10 },
    { id: 'L180', text: `2.1 Gemini 性能 ${ALIAS_MARK} Gemini 1.0 ${ALIAS_END}`, location: 10 },
    { id: 'fig-4', text: '', location: 14 },
    { id: 'L181', text: '', location: 14 },
    { id: 'L182', text: '图 4：Gemini 基准测试量化结果', location: 14 },
    { id: 'L184', text: '', location: 19 },
    { id: 'L184c1', text: 'MMLU', location: 19 },
    { id: 'L184c2', text: '90.04%', location: 20 },
    { id: 'fig-4-end', location: 40 },
    { id: 'L195', text: '随后的一段正文', location: 40 },
  ];
  it('names the section a line is under and the figure it is in, by their text', () => {
    expect(placeOf(anchors, 'L184')).toEqual({ section: '2.1 Gemini 性能', figure: '图 4：Gemini 基准测试量化结果' });
    expect(placeOf(anchors, 'L195')).toEqual({ section: '2.1 Gemini 性能' });
    expect(placeOf(anchors, 'L180')).toEqual({ section: '2.1 Gemini 性能' });
    expect(placeOf(anchors, 'L999')).toEqual({});
  });

  it('matches a typed name to an entity page\'s names whatever the case, spaces, hyphens and dots', () => {
    const names = 'GPT-4 | GPT4 | GPT-4.0 | 文心一言';
    for (const q of ['gpt4', 'GPT 4', 'GPT-4.0', '文心一言', '"GPT-4"']) expect(namesMatch(names, q), q).toBe(true);
    for (const q of ['GPT-4V', 'GPT', '文心', '']) expect(namesMatch(names, q), q).toBe(false);
    expect(namesMatch(undefined, 'GPT-4')).toBe(false);
  });
});

describe('search queries', () => {
  it('requires Chinese runs verbatim and keeps quoted Latin phrases for Pagefind', () => {
    expect(parseQuery('文心雕龙')).toEqual({ pagefind: '文心雕龙', phrases: ['文心雕龙'], words: [] });
    // A quoted phrase goes to Pagefind unquoted (its phrase search misses "GPT-4 Turbo") and is required verbatim after.
    expect(parseQuery('"ERNIE Bot" 市场规模 MMLU 90')).toEqual({ pagefind: 'ERNIE Bot 市场规模 MMLU 90', phrases: ['ERNIE Bot', '市场规模'], words: ['mmlu', '90'] });
    expect(parseQuery('"GPT-4 Turbo"')).toEqual({ pagefind: 'GPT-4 Turbo', phrases: ['GPT-4 Turbo'], words: [] });
    // Every typed word must be in a result: Pagefind alone matches "xyzzy" to words that begin with x.
    expect(containsWords('X-VLM 是目前视觉语言任务的 SOTA', ['xyzzy'])).toBe(false);
    expect(containsWords('GPT-4 的 MMLU 为 86.4%', ['mmlu', 'gpt-4'])).toBe(true);
    expect(containsWords('the model', ['models'])).toBe(true);
    // A number and a Chinese unit match with or without the space a report prints between them (天风 "2024 年", 华福 "1750 亿").
    expect(containsWords('预计 2024 年市场规模', ['2024年'])).toBe(true);
    expect(containsWords('参数量为 1750 亿', ['1750亿'])).toBe(true);
    expect(containsWords('预计2024年市场规模', ['2024年'])).toBe(true);
    expect(containsWords('预计 2023 年市场规模', ['2024年'])).toBe(false);
    expect(containsPhrases('百度推出文心一言 4.0', ['文心一言'])).toBe(true);
    expect(containsPhrases('百度推出文心一言 4.0', ['文心雕龙'])).toBe(false);
  });

  it('marks what was typed in a page excerpt, not the pieces Pagefind matched, and escapes the rest', () => {
    // Pagefind's excerpt with its own marks on pieces (文心 of 文心大模型), stripped before marking the phrase.
    const pagefind = 'ERNIE 4.0 (<mark>文心</mark>大模型 4.0), also 文心一言 4.0 <script>alert(1)</script>';
    const shown = lineExcerpt(pagefind.replace(/<\/?mark>/g, ''), ['文心一言'], 400);
    expect(shown).toBe('ERNIE 4.0 (文心大模型 4.0), also <mark>文心一言</mark> 4.0 &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('excerpts the matched line around the first term, marking every term and escaping the rest (天风 L177)', () => {
    const line = 'Gemini Ultra 在文本处理基准测试优于 GPT4，展现出一流的复杂推理能力。根据 Google 的测试，在综合知识(法律、生物和历史等)方面，Gemini Ultra 的 MMLU 指标达到 90.04%，超过人类专家的 89.8%，是首个超越人类的模型（GPT-4 的 MMLU 为 87.29%）。';
    const x = lineExcerpt(line, ['MMLU', '90'], 60);
    expect(x.startsWith('…')).toBe(true);
    expect(x).toContain('<mark>MMLU</mark> 指标达到 <mark>90</mark>.04%');
    expect(x.replace(/<\/?mark>|…/g, '').length).toBe(60);
    expect(lineExcerpt('<img src=x onerror=alert(1)> 文心一言', ['文心一言'])).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>文心一言</mark>');
    expect(lineExcerpt('no match here', ['zzz'], 5)).toBe('no ma…');
  });

  it('leaves the hidden alias hints out of excerpts, whole or cut off by the excerpt window', () => {
    const hint = ` ${ALIAS_MARK} ERNIE Bot 文心一言大模型 ${ALIAS_END}`;
    expect(withoutAliases(`2.2. 百度推出文心一言 4.0${hint}`)).toBe('2.2. 百度推出文心一言 4.0');
    expect(withoutAliases(`应用生成。${hint} 下一行 ${ALIAS_MARK} GPT-4 GPT4`)).toBe('应用生成。 下一行');
    expect(withoutAliases(`Bot 文心一言大模型 ${ALIAS_END} 下一行`)).toBe('下一行');
    expect(withoutAliases('没有别名')).toBe('没有别名');
  });

  it('tells which name a line prints for the entity a query named by another of its names (华福 L533)', () => {
    const hint = aliasHint([['ChatGPT', 'Chat GPT'], ['ERNIE Bot', '文心一言', '文心一言大模型', 'Wenxin Yiyan'], ['Baidu', '百度']]);
    const line = '例如,百度2023年3月发布文心一言,成为全球大厂中第一个对标ChatGPT甚至是GPT-4的大模型';
    expect(withoutAliases(`${line}${hint}`)).toBe(line);
    expect(namesPrinted(line, `${line}${hint}`, 'ERNIE Bot')).toEqual(['文心一言']);
    expect(namesPrinted(line, `${line}${hint}`, 'ernie-bot')).toEqual(['文心一言']);
    expect(namesPrinted(line, `${line}${hint}`, 'Wenxin Yiyan')).toEqual(['文心一言']);
    // No group for the query, or the line prints none of the group's names: nothing to point at.
    expect(namesPrinted(line, `${line}${hint}`, 'Claude')).toEqual([]);
    expect(namesPrinted('没有名字', `没有名字${hint}`, 'ERNIE Bot')).toEqual([]);
    // A name with a middle dot stays whole, and no one-letter piece is a name (天风 L578, DALL·E).
    const dalle = aliasHint([['DALL-E', 'DALL·E', 'DALLE'], ['Sora', 'OpenAI Sora']]);
    expect(namesPrinted('以 DALL·E 3 的方式', `以 DALL·E 3 的方式${dalle}`, 'DALL-E')).toEqual(['DALL·E']);
    // Only the group of the entity the query names: Runway is not Gen-2, though "Runway Gen-2" is one of Gen-2's names.
    const gen2 = aliasHint([['Gen-2', 'Runway Gen-2', 'GEN-2']]);
    expect(namesPrinted('Gen-2 视频生成', `Gen-2 视频生成${gen2}`, 'Runway')).toEqual([]);
    // The excerpt then centres on and marks the printed name.
    expect(lineExcerpt(`${'很长的前文。'.repeat(30)}${line}`, ['文心一言'], 60)).toContain('<mark>文心一言</mark>');
  });

});

describe('radioFilterCss', () => {
  it('writes one hiding rule per value, so a value new to the data gets a working filter', () => {
    const css = radioFilterCss('li', [{ idPrefix: 't-country', attr: 'country', values: ['CN', 'KR'] }]);
    expect(css).toBe("main:has(#t-country-CN:checked) li[data-country]:not([data-country='CN']),\nmain:has(#t-country-KR:checked) li[data-country]:not([data-country='KR']) {\n  display: none;\n}\n");
    expect(radioFilterCss('li', [{ idPrefix: 'x', attr: 'a', values: [] }])).toBe('');
  });
  it('refuses values that are not safe in an id and a selector', () => {
    expect(() => radioFilterCss('li', [{ idPrefix: 'x', attr: 'a', values: ["a'] *{x"] }])).toThrow(/not a plain token/);
  });
});

describe('noMatchCss', () => {
  it('shows the message for exactly the choices that leave no item', () => {
    const groups = [
      { idPrefix: 'f-o', attr: 'origin', values: ['cn', 'other'] },
      { idPrefix: 'f-m', attr: 'modality', values: ['text', 'video'] },
    ];
    const css = noMatchCss('.none', groups, [{ origin: 'cn', modality: 'text' }, { origin: 'other', modality: 'video' }]);
    const shown = [...css.matchAll(/main((?::has\(#[^)]+:checked\))+) \.none/g)].map((m) => [...m[1]!.matchAll(/#([^:]+):checked/g)].map((x) => x[1]).join(' '));
    expect(shown.sort()).toEqual(['f-o-cn f-m-video', 'f-o-other f-m-text']);
    // Every combination has an item: nothing to say.
    expect(noMatchCss('.none', groups, [{ origin: 'cn', modality: 'text' }, { origin: 'cn', modality: 'video' }, { origin: 'other', modality: 'text' }, { origin: 'other', modality: 'video' }])).toBe('');
  });
});

describe('mention pages', () => {
  const claim = (report: string, line: number) => ({ id: `${report}-${line}`, report, line, lineEnd: line, kind: 'sentence', text: 't', section: null, figure: null, models: [], vendors: [], benchmarks: [] }) as unknown as Claim;
  const dates: Record<string, string | null> = { a: '2023-05-01', b: '2024-02-01', c: null, d: '2024-02-01' };
  const report = (id: string) => ({ date: dates[id] ?? null });

  it('lists a benchmark\'s sentences and its table rows other than those giving its scores (西南 L562, 国金 L345; not 西南 L573)', () => {
    const by = <T,>(xs: T[], keys: (x: T) => string[]) => {
      const m = new Map<string, T[]>();
      for (const x of xs) for (const k of keys(x)) (m.get(k) ?? m.set(k, []).get(k)!).push(x);
      return m;
    };
    const s = { claimsOf: { model: new Map(), vendor: new Map(), benchmark: by(c.claims, (x) => x.benchmarks) }, resultsOfBenchmark: by(c.results, (r) => [r.benchmark]) };
    const listed = entityClaims(s, 'benchmarks', 'mmlu').map((x) => `${x.report.slice(0, 3)} L${x.line} ${x.kind}`);
    expect(listed).toContain('004 L562 sentence');
    expect(listed).toContain('003 L345 row');
    expect(listed).not.toContain('004 L573 row');
    expect(c.results.some((r) => r.benchmark === 'mmlu' && r.source.report.startsWith('004') && r.source.line === 573)).toBe(true);
  });

  it('groups claims by report, newest report first, undated last, lines in order', () => {
    const groups = mentionsByReport([claim('a', 9), claim('c', 1), claim('b', 7), claim('a', 2), claim('d', 3)], report);
    expect(groups.map((g) => g.report)).toEqual(['b', 'd', 'a', 'c']);
    expect(groups[2]!.claims.map((c) => c.line)).toEqual([2, 9]);
  });

  it('pages by report count, keeping every claim exactly once', () => {
    const claims = Array.from({ length: 60 }, (_, i) => claim(`r${String(i).padStart(2, '0')}`, i + 1));
    const pages = chunk(mentionsByReport(claims, () => undefined), 25);
    expect(pages.map((p) => p.length)).toEqual([25, 25, 10]);
    expect(pages.flat().flatMap((g) => g.claims.map((c) => c.line)).sort((a, b) => a - b)).toEqual(claims.map((c) => c.line));
    expect(chunk([], 25)).toEqual([]);
  });

  it('asks for mention pages only when the entity page leaves claims out', () => {
    const few = mentionsByReport([claim('a', 1), claim('b', 2)], report);
    expect(needsMentionPages(few, 50)).toBe(false);
    expect(needsMentionPages(few, 0)).toBe(true);
    const many = mentionsByReport(Array.from({ length: ENTITY_PAGE_REPORTS + 1 }, (_, i) => claim(`r${i}`, 1)), () => undefined);
    expect(needsMentionPages(many, 50)).toBe(true);
    expect(mentionsRoute('models', 'gpt-4')).toBe('/models/gpt-4/mentions/');
    expect(mentionsRoute('vendors', 'openai', 3)).toBe('/vendors/openai/mentions/3/');
  });
});

describe('timeline points', () => {
  it('plots one point per model per date, a less precise form of another date not being a date of its own (GPT-1 2018 / 2018-06)', () => {
    expect(preciseDates(['2018', '2018-06', '2023-03-14', '2023-03', '2020-05', '2020-03'])).toEqual(['2018-06', '2020-03', '2020-05', '2023-03-14']);
    const points = timelinePoints(c.events, c.models, c.vendors).filter((p) => p.kind === 'release');
    for (const model of new Set(points.map((p) => p.model))) {
      const dates = points.filter((p) => p.model === model).map((p) => p.date);
      expect(preciseDates(dates), model).toEqual([...dates].sort());
    }
    const gpt1 = points.filter((p) => p.model === 'gpt-1').map((p) => p.date);
    expect(gpt1).toEqual(['2018-06']);
    expect(firstRelease(c.models.find((m) => m.id === 'gpt-1')!)?.value).toBe('2018-06');
  });
});

describe('timeline events', () => {
  const points = timelinePoints(c.events, c.models, c.vendors);
  it('puts launches and funding rounds in their vendor\'s row, linking to the vendor, outside the model filters', () => {
    const others = points.filter((p) => p.kind !== 'release');
    // 天风 L744 (ChatGPT 自定义版本, GPT 商店), 华福 L657 (GPT Store), 国元 L907 (Anthropic, 3亿美元).
    expect(others.map((p) => `${p.date} ${p.modelName} ${p.vendorName}`).sort()).toEqual([
      '2023-02 Funding: 3亿美元 Anthropic',
      '2023-11-06 Launch: ChatGPT 自定义版本 OpenAI',
      // 天风 "GPT 商店" and 华福 "GPT Store", both 2024-01-10: one point with both names, in event order.
      '2024-01-10 Launch: GPT 商店 / GPT Store OpenAI',
    ]);
    for (const p of others) expect(p.href).toBe(`/vendors/${p.vendor}/`);
    const spec = timelineSpec(points, (m) => `/models/${m}/`);
    for (const p of spec.points.filter((x) => x.kind !== 'release')) {
      expect(spec.lanes[p.y]).toBe(p.vendor);
      expect([p.modality, p.open]).toEqual(['', '']);
    }
    expect(timelineCount(points)).toMatch(/^\d+ dated releases of \d+ models, 2 launches, 1 funding round$/);
    expect(timelineCount([{ kind: 'release', model: 'a' }])).toBe('1 dated release of 1 model');
  });
});

describe('timeline time zones', () => {
  it('draws a day stated in a named time zone and the next day stated without one as one point, the latter', () => {
    const points = timelinePoints(c.events, c.models, c.vendors).filter((p) => p.kind === 'release');
    // 华福 "美国时间 12 月 6 日" / 天风 12 月 7 日; 华福 "美国当地时间 2 月 15 日" / 国元 2 月 16 日.
    expect(points.filter((p) => p.model === 'gemini').map((p) => p.date)).toEqual(['2023-12-07']);
    expect(points.filter((p) => p.model === 'sora').map((p) => p.date)).toEqual(['2024-02-16']);
    // Gemini 1.5 is dated only in US time (华福 L427): its point stays.
    expect(points.filter((p) => p.model === 'gemini-1-5').map((p) => p.date)).toEqual(['2024-02-15']);
    // The models list and summaries give the same first date as the timeline.
    expect(firstRelease(c.models.find((m) => m.id === 'gemini')!)?.value).toBe('2023-12-07');
    expect(firstRelease(c.models.find((m) => m.id === 'sora')!)?.value).toBe('2024-02-16');
    expect(firstRelease(c.models.find((m) => m.id === 'gemini-1-5')!)?.value).toBe('2024-02-15');
  });

  it('counts two days as one only when exactly one day apart and in different named zones', () => {
    expect(sameDayElsewhere({ value: '2023-12-06', timeZone: '美国时间' }, { value: '2023-12-07' })).toBe(true);
    expect(sameDayElsewhere({ value: '2024-02-29', timeZone: '美国时间' }, { value: '2024-03-01' })).toBe(true);
    expect(sameDayElsewhere({ value: '2023-12-06' }, { value: '2023-12-07' })).toBe(false);
    expect(sameDayElsewhere({ value: '2023-12-06', timeZone: '美国时间' }, { value: '2023-12-07', timeZone: '美国时间' })).toBe(false);
    expect(sameDayElsewhere({ value: '2023-12-05', timeZone: '美国时间' }, { value: '2023-12-07' })).toBe(false);
    expect(sameDayElsewhere({ value: '2023-12', timeZone: '美国时间' }, { value: '2023-12-01' })).toBe(false);
  });
});

describe('timeline axis ticks', () => {
  const d = (s: string) => Date.parse(s);
  it('puts ticks on month, quarter or year boundaries, at most eight, each label once', () => {
    // The timeline filtered to one country (two months, padded): one tick a month, not 2023-11 twice.
    expect(timeTicks(d('2023-10-20'), d('2023-12-20')).map((t) => t.label)).toEqual(['2023-11', '2023-12']);
    expect(timeTicks(d('2023-01-15'), d('2024-06-01')).map((t) => t.label)).toEqual(['2023-04', '2023-07', '2023-10', '2024-01', '2024-04']);
    expect(timeTicks(d('2019-05-01'), d('2023-12-31')).map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023']);
    for (const [a, b] of [['2017-07-01', '2027-01-01'], ['2000-01-01', '2030-01-01'], ['2023-03-01', '2023-04-01']] as const) {
      const ticks = timeTicks(d(a), d(b));
      expect(ticks.length, `${a}–${b}`).toBeLessThanOrEqual(8);
      expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
      for (const t of ticks) expect(t.value >= d(a) && t.value <= d(b) && new Date(t.value).getUTCDate() === 1).toBe(true);
    }
    // Within one month: one label, its start.
    expect(timeTicks(d('2023-12-02'), d('2023-12-28')).map((t) => t.label)).toEqual(['2023-12']);
    // A phone-wide chart allows three ticks over 2018-06 to 2024-03: five-yearly would leave only 2020, so
    // two-yearly ticks (on even years) date the points.
    expect(timeTicks(d('2018-06-01'), d('2024-03-01'), 2).map((t) => t.label)).toEqual(['2020', '2022', '2024']);
    expect(timeTicks(d('2018-06-01'), d('2024-03-01'), 3).map((t) => t.label)).toEqual(['2020', '2022', '2024']);
  });
});

describe('timeline filters', () => {
  const points = timelinePoints(c.events, c.models, c.vendors);
  const f = timelineFilters(points);

  it('offers every vendor, country and modality on the timeline, and a key for unknown vendors', () => {
    expect(new Set(f.vendors.map(([k]) => k))).toEqual(new Set(points.map((p) => vendorKey(p.vendor))));
    expect(f.vendors.map(([, name]) => name)).toEqual([...f.vendors.map(([, name]) => name)].sort((a, b) => a.localeCompare(b)));
    expect(f.countries).toContain('CN');
    expect(vendorKey(null)).toBe('none');
    expect([openKey(true), openKey(false), openKey(null)]).toEqual(['true', 'false', 'unknown']);
  });

  it('gives the chart the same keys the list filters on, and a rule for each filter value', () => {
    const spec = timelineSpec(points, (id) => `/models/${id}/`);
    // The list's data attributes come from the same functions (timeline.astro).
    expect(spec.points.map((p) => `${p.vendorId}|${p.open}|${p.modality}`)).toEqual(points.map((p) => `${vendorKey(p.vendor)}|${pointOpen(p)}|${pointModality(p)}`));
    expect(spec.lanes[spec.points[0]!.y]).toBe(points[0]!.vendorName);
    const css = timelineFilterCss(f);
    for (const [k] of f.vendors) expect(css).toContain(`#t-vendor-${k}:checked) .timeline-list li[data-vendor]:not([data-vendor='${k}'])`);
    for (const [v] of WEIGHTS) expect(css).toContain(`#t-open-${v}:checked)`);
  });
});

describe('parser detail pages', () => {
  it('keeps a small corpus on /about/ and pages a large one by ABOUT_PAGE_REPORTS', () => {
    expect(parserDetailsHref(1, 2, 'b')).toBe('/about/#b');
    const many = Array.from({ length: ABOUT_PAGE_REPORTS * 2 + 1 }, (_, i) => `r${i}`);
    expect(chunk(many, ABOUT_PAGE_REPORTS).map((p) => p.length)).toEqual([ABOUT_PAGE_REPORTS, ABOUT_PAGE_REPORTS, 1]);
    const href = (i: number) => parserDetailsHref(i, many.length, many[i]!);
    expect(href(0)).toBe('/about/reports/1/#r0');
    expect(href(ABOUT_PAGE_REPORTS)).toBe(`/about/reports/2/#r${ABOUT_PAGE_REPORTS}`);
    expect(href(ABOUT_PAGE_REPORTS * 2)).toBe(`/about/reports/3/#r${ABOUT_PAGE_REPORTS * 2}`);
  });
});

describe('scoreGroups', () => {
  it('groups a model\'s scores by benchmark, setting and unit, newest report first, with the distinct values', () => {
    const dates: Record<string, string> = { old: '2023-01', new: '2024-03' };
    const gs = scoreGroups(
      [res('m', 86.4, '5-shot', '%', 'old', 3), res('m', 86.4, '5-shot', '%', 'new', 9), res('m', 87, '5-shot', '%', 'new', 2), res('m', 86.4, null, '%', 'old', 1)],
      (r) => dates[r],
      () => 'MMLU',
    );
    expect(gs.map((g) => [g.setting, g.values, g.results.map((r) => `${r.source.report}:${r.source.line}`)])).toEqual([
      [null, [86.4], ['old:1']],
      ['5-shot', [86.4, 87], ['new:2', 'new:9', 'old:3']],
    ]);
    expect(modelScoresRoute('gpt-4')).toBe('/models/gpt-4/scores/');
    expect(modelScoresRoute('gpt-4', 2)).toBe('/models/gpt-4/scores/2/');
  });
});

describe('firstOf', () => {
  it('keeps the first item of each key, in order', () => {
    expect(['a1', 'b1', 'a2', 'c1', 'b2'].filter(firstOf((x) => x[0]!))).toEqual(['a1', 'b1', 'c1']);
  });
});

describe('collapseByModel', () => {
  it('ranks one row per model by its newest score, with the range and count of its scores', () => {
    const dates: Record<string, string> = { old: '2023-01', new: '2024-03' };
    const [g] = leaderboards([res('a', 80, '5-shot', '%', 'old', 1), res('a', 70, '5-shot', '%', 'new', 2), res('b', 75, '5-shot', '%', 'old', 3), res('c', 75, '5-shot', '%', 'new', 4)], true);
    const rows = collapseByModel(g!, (r) => dates[r], true);
    expect(rows.map((r) => [r.rank, r.model, r.value, r.min, r.max, r.count, r.disputed])).toEqual([
      [1, 'b', 75, 75, 75, 1, false],
      [1, 'c', 75, 75, 75, 1, false],
      [3, 'a', 70, 70, 80, 2, true],
    ]);
    expect(rows[2]!.source.report).toBe('new');
    expect(benchmarkResultsRoute('mmlu', 2)).toBe('/benchmarks/mmlu/results/2/');
  });
});

describe('suiteMatrix', () => {
  it('sets each model\'s SuperGLUE score beside its task scores, best overall first (图 25, 天风)', () => {
    const superglue = c.benchmarks.find((b) => b.id === 'superglue')!;
    const tasks = c.benchmarks.filter((b) => b.suite === 'superglue');
    expect(tasks.map((t) => t.id).sort()).toEqual(['boolq', 'cb', 'copa', 'multirc', 'record', 'rte', 'wic', 'wsc']);
    const rows = suiteMatrix(superglue, tasks, (id) => c.results.filter((r) => r.benchmark === id))!;
    const boolq = 1 + tasks.findIndex((t) => t.id === 'boolq');
    const cell = (xs: Result[]) => xs.map((x) => `${x.value}@L${x.source.line}`).join(',');
    // ERNIE 3.0's 90.6 is stated twice: in the text (L462) and in the table (L476); both are shown with their lines.
    expect(rows.slice(0, 3).map((r) => `${r.model} ${cell(r.cells[0]!)} ${cell(r.cells[boolq]!)}`)).toEqual([
      'ernie-3 90.6@L462,90.6@L476 91@L476',
      'transformer-t5-meena 90.4@L474 91.4@L474',
      'deberta 90.3@L475 90.4@L475',
    ]);
    expect(rows.every((r) => r.cells.length === tasks.length + 1)).toBe(true);
  });

  it('puts models without an overall score last and gives up past SUITE_MATRIX_ROWS models', () => {
    const suite = { ...c.benchmarks[0]!, id: 's', higherIsBetter: true, suite: null };
    const task = { ...suite, id: 't', suite: 's' };
    const results = (id: string) => (id === 's' ? [{ ...res('b', 80, null), benchmark: 's' }, { ...res('c', 85, null), benchmark: 's' }] : [{ ...res('a', 99, null), benchmark: 't' }, { ...res('b', 70, null), benchmark: 't' }]);
    expect(suiteMatrix(suite, [task], results)!.map((r) => r.model)).toEqual(['c', 'b', 'a']);
    const many = (id: string) => (id === 's' ? Array.from({ length: SUITE_MATRIX_ROWS + 1 }, (_, i) => ({ ...res(`m${i}`, i, null), benchmark: 's' })) : []);
    expect(suiteMatrix(suite, [task], many)).toBeNull();
  });
});

describe('disagreements', () => {
  it('lists scores stated differently for one model, benchmark and setting, most reports first; a rounding is no disagreement', () => {
    const unitOf = (b: string) => c.benchmarks.find((x) => x.id === b)?.unit;
    const ds = scoreDisagreements(c.results, unitOf);
    const first = ds[0]!;
    expect(first.values.length).toBeGreaterThanOrEqual(2);
    // Most reports first.
    expect(ds.map((d) => d.reports)).toEqual([...ds.map((d) => d.reports)].sort((a, b) => b - a));
    // Gemini Ultra's MMLU "90%" (华福 L386) is "90.04%" (国金 L177) rounded: the same statement.
    expect(ds.some((d) => d.key.model === 'gemini-ultra' && d.key.benchmark === 'mmlu' && d.key.setting === null)).toBe(false);
    const made = (model: string, value: number, report: string): Result => ({ id: `${model}-${value}-${report}`, model, benchmark: 'mmlu', value, unit: '%', setting: null, printed: `${value}%`, source: { report, line: 1 } });
    expect(scoreDisagreements([made('a', 90, 'r1'), made('a', 90.04, 'r2')], unitOf)).toEqual([]);
    expect(scoreDisagreements([made('a', 78.3, 'r1'), made('a', 78.4, 'r2')], unitOf).map((d) => d.values.map((v) => v.value))).toEqual([[78.3, 78.4]]);
    // The same value stated twice is agreement; variants told apart by their label are not disputed.
    expect(ds.some((d) => d.key.model === 'ernie-3' && d.key.benchmark === 'superglue')).toBe(false);
    expect(ds.some((d) => d.key.model === 'dreampose')).toBe(false);
  });

  it('lists market figures stated differently for one subject and period, compared in base units', () => {
    const f = (value: number, normalized: number, report: string, period: string | null = '2023'): MarketFigure => ({ id: `${report}-${value}`, subject: 'China AI market size', about: 'China AI', subjectZh: '中国人工智能市场规模', kind: 'market-size', region: 'China', period, value, unit: '亿元', normalized, currency: 'CNY', forecast: false, entity: null, printed: `${value}亿元`, source: { report, line: 1 } });
    expect(marketDisagreements([f(2058, 2058e8, 'a'), f(2058, 2058e8, 'b')])).toEqual([]);
    const d = marketDisagreements([f(2058, 2058e8, 'a'), f(2000, 2000e8, 'b'), f(1, 1, 'c', null), f(2, 2, 'd', null)]);
    expect(d.map((x) => [x.key.period, x.reports, x.values.map((v) => v.printed)])).toEqual([['2023', 2, ['2000亿元', '2058亿元']]]);
    // The value more lines state comes first.
    expect(marketDisagreements([f(2058, 2058e8, 'a'), f(2000, 2000e8, 'b'), f(2058, 2058e8, 'c')])[0]!.values.map((v) => v.sources.length)).toEqual([2, 1]);
    // Compared in base units, a CAGR of 30% against 25% (0.3 against 0.25) is a disagreement, not a rounding.
    const cagr = (value: number, report: string): MarketFigure => ({ ...f(value, value / 100, report), kind: 'cagr', subject: 'China AI CAGR', unit: '%', printed: `${value}%` });
    expect(marketDisagreements([cagr(30, 'a'), cagr(25, 'b')]).length).toBe(1);
  });
});

describe('shortened', () => {
  it('keeps the first values and lines and counts what it leaves out', () => {
    const v = (value: number, n: number) => ({ value, sources: Array.from({ length: n }, (_, i) => i) });
    const s = shortened([v(1, 3), v(2, 1), v(3, 2)], 2, 2);
    expect(s.shown.map((x) => [x.value, x.sources.length, x.moreSources])).toEqual([[1, 2, 1], [2, 1, 0]]);
    expect(s.moreValues).toBe(1);
  });
});

describe('distinctAtPrecision', () => {
  it('counts a value and its rounding once, keeping the precise one', () => {
    expect(distinctAtPrecision([90, 90.04])).toEqual([90.04]);
    expect(distinctAtPrecision([86, 86.4, 87.29])).toEqual([86.4, 87.29]);
    expect(distinctAtPrecision([78.3, 78.4])).toEqual([78.3, 78.4]);
    expect(distinctAtPrecision([70, 69.5])).toEqual([69.5]);
    expect(distinctAtPrecision([100, 10])).toEqual([10, 100]);
  });
  it('keeps what the pairwise definition keeps (checked against it on random values, negative and tiny ones too)', () => {
    // The definition, pairwise: finest first, keep a value unless a kept one is it at its precision.
    const places = (v: number) => (v.toString().includes('e') ? null : (v.toString().split('.')[1] ?? '').length);
    const pairwise = (xs: number[]) => {
      const kept: number[] = [];
      for (const v of [...new Set(xs)].sort((a, b) => places(b)! - places(a)! || a - b)) if (!kept.some((k) => sameAtPrecision(k, v))) kept.push(v);
      return kept.sort((a, b) => a - b);
    };
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -900000, max: 900000 }), fc.integer({ min: 0, max: 4 })), { minLength: 1, maxLength: 12 }), (raw) => {
        const xs = raw.map(([n, d]) => Number((n / 1000).toFixed(d)));
        expect(distinctAtPrecision(xs)).toEqual(pairwise(xs));
      }),
      { numRuns: 2000 },
    );
    // A coarse value beside a finer one it rounds: the finer is kept, not the coarser.
    expect(distinctAtPrecision([86, 86.4])).toEqual([86.4]);
    // Numbers printed with an exponent keep their precision.
    expect(distinctAtPrecision([2e-7, 1e-7])).toEqual([1e-7, 2e-7]);
  });
  it('stops at the second distinct value when only disagreement is asked', () => {
    expect(disagreeAtPrecision([90, 90.04, 90.0])).toBe(false);
    expect(disagreeAtPrecision([90.04, 90.4])).toBe(true);
    expect(distinctAtPrecision([1, 2, 3, 4], 2)).toHaveLength(2);
  });
});

describe('figureValue', () => {
  it('shows a range with both ends, a count with its counting word, and money in its currency', () => {
    expect(figureValue({ value: 300, valueMax: 370, normalized: 3e10, currency: 'USD', unit: '亿美元' })).toBe('USD 30B–37B');
    expect(figureValue({ value: 426, normalized: 426, currency: null, unit: '笔' })).toBe('426 笔');
    expect(figureValue({ value: 35, normalized: 350000, currency: null, unit: '万', qualifier: 'more-than' })).toBe('> 350K');
    expect(figureValue({ value: 35, normalized: 350000, currency: null, unit: '万' })).toBe('350K');
    expect(figureValue({ value: 28.2, normalized: 0.282, currency: null, unit: '%' })).toBe('28.2%');
    expect(figureValue({ value: 56, normalized: 56, currency: null, unit: '倍' })).toBe('×56');
    expect(figureValue({ value: 5, normalized: -0.05, currency: null, unit: '%' })).toBe('-5%');
    expect(figureValue({ value: 2058, normalized: 2058e8, currency: 'CNY', unit: '亿元' })).toBe('CNY 205.8B');
  });
});

describe('quantityLabel', () => {
  it('names a variant only when it says more than the value', () => {
    expect(quantityLabel({ value: 8000, variant: '8K', printed: '8K' })).toBe('8K (one of several sizes)');
    expect(quantityLabel({ value: 8000, variant: '8K', printed: '8K' }, 'tokens')).toBe('8K tokens (one of several sizes)');
    expect(quantityLabel({ value: 7e9, variant: 'LLaMA-7B', printed: '70亿' })).toBe('7B (variant LLaMA-7B)');
    expect(quantityLabel({ value: 1.8e12, qualifier: 'estimate', printed: '1.8 万亿' })).toBe('est. 1.8T');
    expect(quantityLabel({ value: 7e9, max: 6.5e10, printed: '70-650亿' })).toBe('7B–65B');
  });

  it('shows a count that is not whole thousands in full, and large ones to four significant digits', () => {
    // 国元 L575 "2048个token": not "2.05K".
    expect(quantityLabel({ value: 2048, printed: '2048' })).toBe('2,048');
    expect(quantityLabel({ value: 1.76e12, printed: '1.76 万亿' })).toBe('1.76T');
    expect(quantityLabel({ value: 1.3e11, printed: '1300亿' })).toBe('130B');
  });
});

describe('periodMiddle', () => {
  it('draws a year mid-year and a month mid-month, a day on its day', () => {
    expect(new Date(periodMiddle('2018')).toISOString().slice(0, 10)).toBe('2018-07-01');
    expect(new Date(periodMiddle('2018-06')).toISOString().slice(0, 10)).toBe('2018-06-15');
    expect(new Date(periodMiddle('2023-03-14')).toISOString().slice(0, 10)).toBe('2023-03-14');
    const spec = timelineSpec(timelinePoints(c.events, c.models, c.vendors), (m) => `/models/${m}/`);
    // Hollow exactly when the date is not a day, and the seeds have both kinds.
    expect(spec.points.every((p) => p.approx === p.date.length < 10)).toBe(true);
    expect(new Set(spec.points.map((p) => p.approx))).toEqual(new Set([true, false]));
    // Lanes sort ignoring case (iFlytek among the I's, not after Zhipu AI).
    expect(spec.lanes).toEqual([...spec.lanes].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });
});

describe('mentionExcerpt', () => {
  it('shows a long claim around the first of the entity names, a short one whole', () => {
    const long = `${'开发者 预训练模型 应用 参数量 领域 '.repeat(20)}Gopher 语言理解与生成 2800亿 NLP ${'BERT 语言理解与生成 4810亿 NLP '.repeat(10)}`;
    const shown = mentionExcerpt(long, ['Gopher']);
    expect(shown).toContain('Gopher 语言理解与生成 2800亿');
    expect(shown.length).toBeLessThanOrEqual(302);
    expect(shown.startsWith('…')).toBe(true);
    expect(mentionExcerpt('GPT-4 的 MMLU 为 86.4%', ['GPT-4'])).toBe('GPT-4 的 MMLU 为 86.4%');
  });
});

describe('mentionLine', () => {
  it('links a claim joined from many lines to the line that names the entity', () => {
    // 国元 L92–L153: a slide's table flattened into one claim; GPT-4 ("GPT4") is printed further down.
    const r = c.reports.find((x) => x.id === '000_8808e45e92e62c2d')!;
    const claim = c.claims.find((x) => x.report === r.id && x.line === 92 && x.models.includes('gpt-4'))!;
    expect(claim.lineEnd).toBeGreaterThan(100);
    const gpt4 = c.models.find((m) => m.id === 'gpt-4')!;
    const n = mentionLine(claim, entityNames(gpt4), r.blocks);
    const source = readFileSync(join(ROOT, 'content/reports', r.file), 'utf8').split('\n');
    expect(n).toBeGreaterThan(92);
    expect(source[n - 1]).toMatch(/GPT-?4/i);
    for (let k = 92; k < n; k++) expect(source[k - 1], `L${k}`).not.toMatch(/GPT-?4/i);
    // A one-line claim, or names the lines do not hold: its own first line.
    expect(mentionLine({ line: 5, lineEnd: 5 }, ['GPT-4'], r.blocks)).toBe(5);
    expect(mentionLine(claim, ['xyzzy'], r.blocks)).toBe(92);
  });
});

describe('sourceAnchor', () => {
  it('reads a value as a whole number in a cell', () => {
    expect(printsValue('86.4% 5-shot', '86.4%')).toBe(true);
    expect(printsValue('186.4', '86.4')).toBe(false);
    expect(printsValue('86.45', '86.4')).toBe(false);
    expect(printsValue('86.4', '86')).toBe(false);
    expect(printsValue('95.8/98.9', '98.9')).toBe(true);
    expect(printsValue('\\$0.03', '$0.03')).toBe(true);
    expect(printsValue('GPT-3.5', '3.5')).toBe(false);
    expect(printsValue('1,750', '750')).toBe(false);
    expect(printsValue('1,750 亿', '1,750 亿')).toBe(true);
    expect(printsValue('-5.2', '5.2')).toBe(false);
    expect(printsValue('5-shot 86.4', '86.4')).toBe(true);
  });

  it('lands a score on the one cell of its table line that prints it, else on the line', () => {
    const report = new Map(c.reports.map((r) => [r.id, r]));
    let cells = 0;
    for (const r of c.results) {
      const rep = report.get(r.source.report)!;
      const anchor = sourceAnchor(rep, r.source.line, r.printed);
      const m = /^L(\d+)(?:c(\d+))?$/.exec(anchor)!;
      expect(Number(m[1])).toBe(r.source.line);
      const row = rep.blocks.filter((b) => b.kind === 'table').flatMap((b) => toGridRows(b).rows).find((x) => x.anchor && x.line === r.source.line);
      const printing = row ? row.cells.flatMap((x, j) => (j > 0 && printsValue(x.text, r.printed) ? [j] : [])) : [];
      if (m[2] !== undefined) {
        cells++;
        expect(printing).toEqual([Number(m[2])]);
      } else expect(printing.length === 1).toBe(false);
    }
    // Most scores sit in tables with one cell per value.
    expect(cells).toBeGreaterThan(c.results.length / 2);
    // A hand-checked row: 天风 L188 (BIG-Bench-Hard) prints GPT-4's 83.1% in its fourth cell.
    const bbh = c.results.find((r) => r.source.report.startsWith('001') && r.source.line === 188 && r.model === 'gpt-4')!;
    expect(bbh.printed).toMatch(/^83\.1%/);
    expect(sourceAnchor(report.get(bbh.source.report), 188, bbh.printed)).toBe('L188c3');
    // No report, no printed text, or a line outside tables: the line.
    expect(sourceAnchor(undefined, 12, '86.4')).toBe('L12');
    expect(sourceAnchor(report.get(c.results[0]!.source.report), c.results[0]!.source.line)).toBe(`L${c.results[0]!.source.line}`);
  });
});

describe('typedForms and searchNames', () => {
  it('give the forms of an entity\'s names people type that its page does not print: closed up, and its URL slug', () => {
    const qwen2 = { id: 'qwen-2', name: 'Qwen 2.0', nameZh: '通义千问 2.0', aliases: ['通义千问2.0', 'Tongyi Qianwen 2.0'] };
    expect(typedForms(qwen2)).toEqual(['Qwen2.0', 'TongyiQianwen2.0', 'qwen-2']);
    expect(searchNames(qwen2)).toBe('Qwen 2.0 | 通义千问 2.0 | 通义千问2.0 | Tongyi Qianwen 2.0 | Qwen2.0 | TongyiQianwen2.0 | qwen-2');
    // Nothing it prints already, and no name with a note in brackets closed up ("GPT(series)"): the slug only.
    expect(typedForms({ id: 'gpt', name: 'GPT (series)', nameZh: null, aliases: ['GPT系列'] })).toEqual(['gpt']);
    expect(typedForms({ id: 'gpt-4', name: 'GPT-4', nameZh: null, aliases: ['GPT4'] })).toEqual([]);
  });
});

describe('pointYear', () => {
  it('is the year a timeline date names, stated to the day, month or year', () => {
    expect(['2023-03-14', '2023-03', '2023'].map((date) => pointYear({ date }))).toEqual(['2023', '2023', '2023']);
  });
});

describe('unescapeMarkdown', () => {
  it('reads a converter\'s backslash escapes as the characters (西南 "\\$78,000", "\\*\\*")', () => {
    expect(unescapeMarkdown('\\$78,000 与 \\*\\*市场价值\\*\\*')).toBe('$78,000 与 **市场价值**');
    expect(unescapeMarkdown('C:\\path')).toBe('C:\\path');
  });
});

describe('shortLabel', () => {
  it('keeps a chart label whole when it fits, and otherwise keeps both ends of its setting so bars stay apart', async () => {
    const { shortLabel } = await import('../../src/lib/short-label.ts');
    expect(shortLabel('MMLU · 5-shot', 24)).toBe('MMLU · 5-shot');
    const labels = ['BIG-Bench Hard · 3-shot CoT', 'BIG-Bench Hard · 0-shot', 'IFEval · Instruction-level strict accuracy', 'IFEval · Prompt-level strict accuracy'].map((l) => shortLabel(l, 24));
    expect(labels.every((l) => l.length <= 24)).toBe(true);
    expect(new Set(labels).size).toBe(4);
    expect(labels).toEqual(['BIG-Bench… · 3-shot CoT', 'BIG-Bench Hard · 0-shot', 'IFEval · Instruc…ccuracy', 'IFEval · Prompt-…ccuracy']);
    expect(shortLabel('A very long benchmark name without a setting', 24)).toBe('A very long benchmark n…');
  });
});
