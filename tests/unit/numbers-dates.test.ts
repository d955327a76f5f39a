import { describe, expect, it } from 'vitest';
import { findDates, isoDate, yearFromReportDate } from '../../scripts/pipeline/dates.ts';
import { amountFinder, parseChineseNumeral, qualifierBefore } from '../../scripts/pipeline/numbers.ts';
import { registry } from '../helpers/corpus.ts';

const find = amountFinder(registry().units);
const amounts = (s: string) => find(s).map((a) => ({ v: a.value, max: a.max, f: a.factor, unit: a.unit, cur: a.currency }));

describe('amountFinder', () => {
  it('normalises Chinese magnitudes and currencies (2058亿元 → CNY × 1e8)', () => {
    expect(amounts('2022年中国人工智能市场规模达到2058亿元')).toContainEqual({ v: 2058, max: undefined, f: 1e8, unit: '亿元', cur: 'CNY' });
    expect(amounts('规模约为 1.8 万亿')).toContainEqual({ v: 1.8, max: undefined, f: 1e12, unit: '万亿', cur: null });
    expect(amounts('2079亿美元')).toEqual([{ v: 2079, max: undefined, f: 1e8, unit: '亿美元', cur: 'USD' }]);
  });

  it('reads ranges where only the second number has a magnitude (70-650亿)', () => {
    expect(amounts('LLaMA 语言理解与生成 70-650亿 NLP')).toEqual([{ v: 70, max: 650, f: 1e8, unit: '亿', cur: null }]);
    expect(amounts('将在 300 亿至 370 亿美元之间')).toEqual([{ v: 300, max: 370, f: 1e8, unit: '亿美元', cur: 'USD' }]);
  });

  it('reads dollar signs, thousands separators and Latin magnitudes', () => {
    expect(amounts('Input: $0.03')).toEqual([{ v: 0.03, max: undefined, f: 1, unit: '', cur: 'USD' }]);
    expect(amounts('参数量达到 5,620 亿')).toEqual([{ v: 5620, max: undefined, f: 1e8, unit: '亿', cur: null }]);
    expect(amounts('GPT-3\t2020 年\t175B')).toContainEqual({ v: 175, max: undefined, f: 1e9, unit: 'B', cur: null });
  });

  it('reads a Chinese numeral before a magnitude (月活用户突破一亿)', () => {
    expect(amounts('月活用户突破一亿')).toEqual([{ v: 1, max: undefined, f: 1e8, unit: '亿', cur: null }]);
  });
});

describe('parseChineseNumeral', () => {
  it('reads numerals below 万', () => {
    expect(parseChineseNumeral('三千五百')).toBe(3500);
    expect(parseChineseNumeral('十')).toBe(10);
    expect(parseChineseNumeral('abc')).toBeNaN();
  });
});

describe('qualifierBefore', () => {
  it('reads 超过, 最多 and 约', () => {
    const t = '参数量可能超过 1400 亿';
    expect(qualifierBefore(t, t.indexOf('1400'))).toBe('more-than');
    expect(qualifierBefore('约 1.8', 2)).toBe('about');
    // 天风 L382: the qualifier and a verb of having or reaching before the number.
    const u = 'LLaMA 2 最多有 700 亿参数量';
    expect(qualifierBefore(u, u.indexOf('700'))).toBe('up-to');
    expect(qualifierBefore('最高达 1400', 4)).toBe('up-to');
    expect(qualifierBefore('共有 700', 3)).toBeUndefined();
  });
});

describe('findDates', () => {
  const iso = (s: string) => findDates(s).map((d) => (d.yearMissing ? `?-${d.month}${d.day === undefined ? '' : `-${d.day}`}` : isoDate({ year: d.year!, month: d.month, day: d.day })));

  it('reads the many printed forms', () => {
    expect(iso('2023 年 12 月 7 日')).toEqual(['2023-12-07']);
    expect(iso('2024年1月')).toEqual(['2024-01']);
    expect(iso('23 年 3 月')).toEqual(['2023-03']);
    expect(iso('2023.03')).toEqual(['2023-03']);
    expect(iso('2022年底')).toEqual(['2022']);
    // ISO and slashed days, as table 发布时间 columns and cover lines print them; never inside a longer run of numbers.
    expect(iso('2024-12-05 与 2025/1/20')).toEqual(['2024-12-05', '2025-01-20']);
    expect(iso('2023-2027 年，编号 2024-12-05-01')).toEqual([]);
  });

  it('marks a day without a year ("美国时间 2 月 15 日")', () => {
    expect(iso('美国时间 2 月 15 日')).toEqual(['?-2-15']);
  });

  it('reads a month printed alone ("2 月发布"), but not a month count, a range or a day', () => {
    expect(iso('此外，2 月发布文生视频大模型 Sora')).toEqual(['?-2']);
    expect(iso('OpenAI 于 11\n月发布聊天机器人模型')).toEqual(['?-11']);
    expect(iso('近 3 个月')).toEqual([]);
    expect(iso('1-2 月')).toEqual([]);
    expect(iso('Claude 3 月活用户')).toEqual([]);
    expect(iso('12 月 7 日')).toEqual(['?-12-7']);
  });

  it('reads a month of a year named relative to the writing ("去年 11 月", "今年 1 月 10 日")', () => {
    const rel = (s: string) => findDates(s).map((d) => `${d.yearOffset}/${d.month}${d.day === undefined ? '' : `/${d.day}`}`);
    expect(rel('去年 11 月发布')).toEqual(['-1/11']);
    expect(rel('今年2月')).toEqual(['0/2']);
    expect(rel('今年 1 月 10 日，OpenAI 推出 GPT 商店')).toEqual(['0/1/10']);
    expect(rel('前年 3 月份')).toEqual(['-2/3']);
    expect(rel('今年以来')).toEqual([]);
  });

  it('does not read a percentage or a range end as a date', () => {
    expect(iso('增长 2023.5%')).toEqual([]);
    expect(iso('2018-2022 年')).toEqual([]);
  });
});

describe('yearFromReportDate', () => {
  it('gives a year-less day the latest year not after the report date', () => {
    expect(yearFromReportDate(2, 15, '2024-02')).toBe(2024);
    expect(yearFromReportDate(3, 14, '2024-02')).toBe(2023);
    expect(yearFromReportDate(3, 14, null)).toBeUndefined();
  });
});
