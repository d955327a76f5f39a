import { describe, expect, it } from 'vitest';
import { classifyLine, markLineRoles } from '../../scripts/pipeline/classify-lines.ts';
import { registry } from '../helpers/corpus.ts';

describe('classifyLine', () => {
  it('reads markdown headings with their level', () => {
    expect(classifyLine('### 2.1 OpenAI 谷歌引战多模态，视频为重要角力点')).toMatchObject({ kind: 'heading', level: 3, numbering: '2.1' });
  });

  it('reads numbered headings without "#" ("1.1. Google Gemini…", "2.2.1 …")', () => {
    expect(classifyLine('1.1. Google Gemini：原生多模态且能力有望追平 GPT-4')).toMatchObject({ kind: 'heading', level: 3, numbering: '1.1' });
    expect(classifyLine('• 4 通用人工智能还有多远')).toMatchObject({ kind: 'heading', numbering: '4' });
  });

  it('reads headings numbered in Chinese ("一、行业概览", "（二）国内厂商"), but not a list item that is a sentence', () => {
    expect(classifyLine('一、大模型行业概览')).toMatchObject({ kind: 'heading', level: 2, numbering: '1', title: '一、大模型行业概览' });
    expect(classifyLine('十二、风险提示')).toMatchObject({ kind: 'heading', numbering: '12' });
    expect(classifyLine('（二）国内厂商加速追赶')).toMatchObject({ kind: 'heading', level: 3 });
    expect(classifyLine('一、模型能力持续提升，应用加速落地。').kind).not.toBe('heading');
  });

  it('reads a numbered caption without a colon ("图 5  全球大模型数量"), not a sentence that starts like one', () => {
    expect(classifyLine('图 5  全球大模型数量（个）')).toMatchObject({ kind: 'caption', label: '图 5', title: '全球大模型数量（个）' });
    expect(classifyLine('图 5 显示，国内模型数量快速增长。').kind).not.toBe('caption');
  });

  it('does not take a sentence starting with a year or a count for a heading', () => {
    expect(classifyLine('2014年，伊恩·古德费洛(lan Goodfellow)提出的生成对抗网络成为早期最为著名的生成模型。').kind).toBe('text');
    expect(classifyLine('2) 更强的推理能力和更高的准确性。').kind).toBe('list');
  });

  it('reads captions with and without numbers, and source lines', () => {
    expect(classifyLine('图表 17: Gemini 支持输入文本、图像、语音和视频输出文本和图像')).toMatchObject({ kind: 'caption', label: '图表 17', number: 17 });
    expect(classifyLine('图：AIGC技术累积融合')).toMatchObject({ kind: 'caption', label: '图', number: undefined });
    expect(classifyLine('资料来源：腾讯研究院《AIGC发展趋势报告》，国元证券研究所').kind).toBe('source');
    expect(classifyLine('来源: 《Meta-Transformer: A Unified Framework for Multimodal Learning》, 国金证券研究所').kind).toBe('source');
  });

  it('does not take a sentence that describes a picture for a caption (西南 L482, in GPT-4\'s quoted answer)', () => {
    expect(classifyLine('图2：“LightningCable”适配器的封装，上面有一个VGA连接器的图片。').kind).toBe('text');
    expect(classifyLine('图 4：Gemini 基准测试量化结果')).toMatchObject({ kind: 'caption', label: '图 4' });
    expect(classifyLine('图表 17：智谱 GLM-4 在多项任务中能力比肩 GPT-4。')).toMatchObject({ kind: 'caption' });
  });

  it('reads a numbered line ending in a full date as a related report, not a heading (华福 L54)', () => {
    expect(classifyLine('2、AI 应用大幕徐徐展开——2024.01.28').kind).not.toBe('heading');
    expect(classifyLine('2.1 OpenAI 谷歌引战多模态').kind).toBe('heading');
  });

  it('marks a table-of-contents entry by its page number', () => {
    expect(classifyLine('2.1 OpenAI 谷歌引战多模态，视频为重要角力点 .....\t6')).toMatchObject({ pageRef: true });
    expect(classifyLine('图表 1：AGI 可以根据性能和广泛性划分为 6 个等级.....\t4')).toMatchObject({ kind: 'caption', pageRef: true });
  });

  it('keeps a score row ending in a small integer a table row, not a contents entry', () => {
    expect(classifyLine('Baichuan3\t85.76\t84.64\t86.9\t80.2\t72.08\t76')).toMatchObject({ kind: 'tsv', pageRef: false });
  });

  it('sees chart axis ticks and page numbers as numbers', () => {
    expect(classifyLine('2020 2021 2022 2023E 2024E 2025E 2026E 2027E').kind).toBe('number');
    expect(classifyLine('12').kind).toBe('number');
  });
});

describe('markLineRoles', () => {
  const vocab = registry().boilerplate;
  const roles = (lines: string[]) => markLineRoles(lines, lines.map(classifyLine), vocab).role.map((r) => r?.kind ?? '-');

  it('folds a disclaimer section from its heading to the end', () => {
    const lines = ['## 5 风险提示', '', '技术发展不及预期。', '', '## 分析师声明', '', '本人具有中国证券业协会授予的证券投资咨询执业资格。', '## 一般声明', '本报告仅供本公司的客户使用。'];
    expect(roles(lines)).toEqual(['-', '-', '-', '-', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', 'boilerplate']);
  });

  it('marks the usual disclaimer sentences as boilerplate where no heading opens a disclaimer section', () => {
    const lines = ['免责声明', '本报告所载的资料、意见及推测仅反映本公司于发布本报告当日的判断。', '本报告中的信息均来源于公开资料，本公司对这些信息的准确性和完整性不作任何保证。', '市场有风险，投资需谨慎。', 'Gemini 采用原生多模态的模型结构。'];
    expect(roles(lines)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', 'boilerplate', '-']);
  });

  it('marks analyst contact lines and the short lines between them', () => {
    const lines = ['分析师：王湘杰', '西南证券研究发展中心', '执业证号：S1250521120002', '', '电话：0755-26671517', '', '邮箱：wxj@swsc.com.cn', '', 'Gemini 采用原生多模态的模型结构。'];
    expect(roles(lines)).toEqual(['boilerplate', 'boilerplate', 'boilerplate', '-', 'boilerplate', '-', 'boilerplate', '-', '-']);
  });

  it('ends a contents list where the section numbering restarts', () => {
    const lines = ['内容目录', '', '1. 海外大模型形成一超多强格局..... 5', '', '5. 海外模型大厂算力需求持续增加..... 20', '图表目录', '图 1：Gemini 采用原生多模态的模型结构..... 5', '表 1: GPT-4V 与 Gemini 对比.....10', '', '1. 海外大模型形成一超多强格局，OpenAI 被加速追赶', '', '1.1. Google Gemini：原生多模态且能力有望追平 GPT-4', '', '2023 年 12 月 7 日，Google 发布了新一代基于联合训练的原生多模态大模型 Gemini。'];
    expect(roles(lines)).toEqual(['toc', 'toc', 'toc', 'toc', 'toc', 'toc', 'toc', 'toc', 'toc', '-', '-', '-', '-', '-']);
  });
});
