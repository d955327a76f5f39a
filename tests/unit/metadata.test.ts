import { describe, expect, it } from 'vitest';
import { ingestFiles, ingestSeeds } from '../helpers/corpus.ts';

describe('inferMetadata (through the seed reports)', () => {
  const reports = ingestSeeds().collections.reports;
  const r = (id: string) => reports.find((x) => x.id.startsWith(id))!;

  it('reads title, rating, sector and analysts from a cover block (华福)', () => {
    const x = r('002');
    expect({ title: x.title, rating: x.rating, sector: x.sector, analysts: x.analysts, broker: x.broker }).toEqual({
      title: '多模态，AI大模型新一轮革命',
      rating: '强于大市（维持评级）',
      sector: '计算机',
      analysts: ['施晓俊'],
      broker: { id: 'huafu', zh: '华福证券', en: 'Huafu Securities' },
    });
  });

  it('reads the date printed under the title (西南 "2023年5月")', () => {
    expect(r('004').date).toBe('2023-05');
    expect(r('004').fieldOrigin['date']).toBe('inferred');
  });

  it('infers the broker from 资料来源 lines when there is no cover (国元)', () => {
    expect(r('000').broker?.zh).toBe('国元证券');
    expect(r('000').fieldOrigin['broker']).toBe('inferred');
  });

  it('says which fields were curated in a .meta.yaml', () => {
    expect(r('000').fieldOrigin['title']).toBe('curated');
    expect(r('003').fieldOrigin['title']).toBe('inferred');
    expect(r('001').fieldOrigin['rating']).toBe('missing');
  });

  it('reads a labelled rating ("投资评级：优于大市（维持）"), but not a label with no rating word after it', () => {
    const rating = (line: string) => ingestFiles([{ name: 'r.txt', text: `# 行业深度报告\n\n${line}\n\n正文。\n` }]).collections.reports[0]!.rating;
    expect(rating('投资评级：优于大市（维持）')).toBe('优于大市（维持）');
    expect(rating('评级: 买入')).toBe('买入');
    expect(rating('投资评级说明：以报告发布日后的 6 个月内')).toBeNull();
  });

  it('reads a title printed as a plain cover line when no heading gives one, not the rating, date or analyst lines', () => {
    const cover = ['传媒', '', '2024 年 07 月 08 日', '', '投资评级：看好（维持）', '', 'AI 视频生成百花齐放，可灵、Vidu 引领国产崛起', '——行业深度报告', '', '方光照（分析师）', '', '一、AI 视频生成进入快车道', '', '2024 年以来，国内视频模型密集发布。'];
    const report = ingestFiles([{ name: 'c.txt', text: `${cover.join('\n')}\n` }]).collections.reports[0]!;
    expect(report.title).toBe('AI 视频生成百花齐放，可灵、Vidu 引领国产崛起');
    expect(report.fieldOrigin['title']).toBe('inferred');
  });

  it('reads a report date printed as an ISO day ("报告日期 2024-12-16"), and dates year-less days in the text by it', () => {
    const text = ['计算机行业', '', '报告日期 2024-12-16', '', '# 海外大模型', '', '9 月 12 日，OpenAI 发布 GPT-4o。', ''].join('\n');
    const out = ingestFiles([{ name: 'f.txt', text }]).collections;
    expect(out.reports[0]!.date).toBe('2024-12-16');
    expect(out.models.find((m) => m.id === 'gpt-4o')!.releaseDate.map((d) => d.value)).toEqual(['2024-09-12']);
  });
});
