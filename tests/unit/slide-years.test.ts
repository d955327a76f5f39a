import { describe, expect, it } from 'vitest';
import { slideYears } from '../../scripts/pipeline/slide-years.ts';
import type { Block } from '../../src/schemas/index.ts';

/** Blocks as the segmenter gives them for 国元's slide "OpenAI 发展历程" (L456–530). */
const box = (line: number, text: string): Block => ({ kind: 'paragraph', line, lineEnd: line + text.split('\n').length - 1, text });
const year = (line: number, y: string): Block => ({ kind: 'furniture', line, lineEnd: line, text: y });
const source = (line: number): Block => ({ kind: 'source', line, lineEnd: line, text: '资料来源：AI前线公众号，国元证券研究所' });

describe('slideYears', () => {
  it('gives each year printed under a slide\'s boxes to the boxes above it (国元 L476 "2015", L498 "2019", L518 "2023")', () => {
    const blocks: Block[] = [
      source(454),
      box(456, 'OpenAI宣布成\n\n立；公司定位'),
      year(476, '2015'),
      box(478, 'OpenAI 从 非\n\n盈 利 过 渡 到'),
      box(484, 'OpenAI 接 受\n\n微软10亿美元\n\n投资，双方合'),
      year(498, '2019'),
      box(500, 'OpenAI于3月\n\n发布GPT-4；'),
      year(518, '2023'),
      box(520, 'OpenAI于2月\n\n发布AI视频生'),
      { kind: 'heading', line: 532, lineEnd: 532, text: '1 OpenAI创立' },
    ];
    const got = [...slideYears(blocks)].map(([line, y]) => `${line}→${y.year}@L${y.line}`);
    // The box after the last label has none: its year is printed elsewhere on the slide.
    expect(got).toEqual(['456→2015@L476', '478→2019@L498', '484→2019@L498', '500→2023@L518']);
  });

  it('gives a year printed over the boxes to the boxes below it, when the run opens with a year', () => {
    const got = [...slideYears([year(10, '2022'), box(12, 'A 公司发布\n\n新模型'), year(16, '2023'), box(18, '3月发布\n\n第二代')])].map(([l, y]) => `${l}→${y.year}`);
    expect(got).toEqual(['12→2022', '18→2023']);
  });

  it('labels nothing where there are no short-lined boxes or no lone year (running text, a page number run)', () => {
    const long = box(5, 'OpenAI 于 2023 年 3 月发布 GPT-4，支持图像输入，在多项专业考试中达到人类水平。');
    expect(slideYears([long, year(7, '2019'), long]).size).toBe(0);
    expect(slideYears([box(3, '短行\n\n文字'), box(6, '另一\n\n个框')]).size).toBe(0);
  });
});
