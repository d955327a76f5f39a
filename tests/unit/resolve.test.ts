import { describe, expect, it } from 'vitest';
import { ingestFiles, ingestSeeds } from '../helpers/corpus.ts';

describe('resolveCollections', () => {
  const c = ingestSeeds().collections;
  const model = (id: string) => c.models.find((m) => m.id === id)!;

  it('keeps one canonical model per real-world thing, with every spelling seen as an alias', () => {
    const gpt4 = model('gpt-4');
    expect(gpt4.aliases).toEqual(expect.arrayContaining(['GPT4', 'GPT-4.0']));
    expect(model('llama-2').aliases).toEqual(expect.arrayContaining(['LLAMA 2', 'LLaMA 2', 'Llama-2']));
    expect(model('ernie-bot').nameZh).toBe('文心一言');
    expect(c.vendors.find((v) => v.id === 'google')!.aliases).toContain('谷歌');
  });

  it('keeps every value where reports disagree and flags the attribute', () => {
    const gpt3 = model('gpt-3');
    expect(gpt3.releaseDate.map((d) => `${d.value} ${d.source.report.slice(0, 3)}:${d.source.line}`)).toEqual(expect.arrayContaining(['2020-05 004:263', '2020-03 004:433']));
    expect(gpt3.conflicts).toContain('releaseDate');
  });

  it('does not flag a more precise date of the same month as disagreement', () => {
    const claude3 = model('claude-3');
    expect(claude3.releaseDate.map((d) => d.value)).toEqual(expect.arrayContaining(['2024-03', '2024-03-04']));
    expect(claude3.conflicts).not.toContain('releaseDate');
  });

  it('reads a day stated in a named time zone as the same day as the next one stated without it', () => {
    // 华福 "美国当地时间 2 月 15 日", 国元 2 月 16 日 (Beijing); 华福 "美国时间 12 月 6 日", 天风 12 月 7 日.
    for (const [id, zoned, plain] of [['sora', '2024-02-15 美国当地时间', '2024-02-16'], ['gemini', '2023-12-06 美国时间', '2023-12-07']] as const) {
      const dates = model(id).releaseDate.map((d) => `${d.value}${d.timeZone ? ` ${d.timeZone}` : ''}`);
      expect(dates).toEqual(expect.arrayContaining([zoned, plain]));
      expect(model(id).conflicts).not.toContain('releaseDate');
    }
  });

  it('gives every result, figure and event a source line in an existing report', () => {
    const lines = new Map(c.reports.map((r) => [r.id, r.lineCount]));
    const all = [...c.results, ...c.marketFigures, ...c.events];
    expect(all.length).toBeGreaterThan(500);
    for (const x of all) {
      expect(lines.has(x.source.report)).toBe(true);
      expect(x.source.line).toBeGreaterThanOrEqual(1);
      expect(x.source.line).toBeLessThanOrEqual(lines.get(x.source.report)!);
    }
  });

  it('gives every row of every collection its own id (ids are keys: a repeat would drop a row)', () => {
    for (const key of ['reports', 'claims', 'models', 'vendors', 'benchmarks', 'results', 'marketFigures', 'events'] as const) {
      const ids = (c[key] as Array<{ id: string }>).map((x) => x.id);
      expect(new Set(ids).size, key).toBe(ids.length);
    }
    // 天风 L606 dates one release to the month ("11 月份上线") and to the day ("11 月 21 日…发布"): one event, the day;
    // the model keeps both statements.
    expect(c.events.filter((e) => e.model === 'stable-video-diffusion' && e.source.line === 606).map((e) => e.date)).toEqual(['2023-11-21']);
    expect(model('stable-video-diffusion').releaseDate.filter((d) => d.source.line === 606).map((d) => d.value).sort()).toEqual(['2023-11', '2023-11-21']);
  });

  it('keeps event ids apart when one line dates a model twice and names a model whose id extends it (GPT, GPT-2)', () => {
    const out = ingestFiles([{ name: 'x.txt', text: '2018年6月，OpenAI 发布 GPT。2019年2月，OpenAI 发布 GPT-2。2019年11月，OpenAI 发布 GPT-2。2020年，OpenAI 推出了 GPT。\n' }]);
    const ev = out.collections.events;
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(ev.map((e) => `${e.model} ${e.date}`).sort()).toEqual(['gpt 2018-06', 'gpt 2020', 'gpt-2 2019-02', 'gpt-2 2019-11']);
    expect(new Set(ev.map((e) => e.id)).size).toBe(4);
  });

  it('files a launch under the vendor that launches it, and keeps ids apart however often a line names one product model', () => {
    const out = ingestFiles([{ name: 'x.txt', text: '2023年11月6日，微软推出 ChatGPT 插件。2023年11月6日，OpenAI 推出 ChatGPT 企业版。2023年11月6日，OpenAI 推出 ChatGPT 自定义版本。\n' }]);
    const ev = out.collections.events;
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(ev.map((e) => `${e.kind} ${e.label} ${e.vendor}`).sort()).toEqual(['launch ChatGPT 企业版 openai', 'launch ChatGPT 插件 microsoft', 'launch ChatGPT 自定义版本 openai']);
    expect(new Set(ev.map((e) => e.id)).size).toBe(3);
  });

  it('counts a model named in a cited paper title as a mention, but not the vendor of a cited institute (国元 L305)', () => {
    const out = ingestFiles([{ name: 'x.txt', text: 'NExT-GPT 实现了任意模态的输入输出。\n\n资料来源：Shengqiong Wu等《NExT-GPT: Any-to-Any Multimodal LLM》，腾讯研究院，国元证券研究所\n\n下一段。\n' }]);
    const src = out.collections.claims.find((c) => c.text.startsWith('资料来源'))!;
    expect([src.models, src.vendors]).toEqual([['next-gpt'], []]);
    const only = ingestFiles([{ name: 'y.txt', text: '正文没有提到模型。\n\n资料来源：腾讯研究院，国元证券研究所\n' }]);
    expect(only.collections.claims.find((c) => c.text.startsWith('资料来源'))!.vendors).toEqual([]);
  });

  it('does not count a prompt style named after a model ("Minerva prompt") as a mention of it (天风 L214)', () => {
    const out = ingestFiles([{ name: 'x.txt', text: 'GPT-4 在 MATH 上得分 52.9%（4-shot Minerva prompt），超过 Minerva。\n' }]);
    expect(out.collections.claims.map((c) => c.models)).toEqual([['gpt-4', 'minerva']]);
    const only = ingestFiles([{ name: 'y.txt', text: 'GPT-4 在 MATH 上得分 52.9%（4-shot Minerva prompt）。\n' }]);
    expect(only.collections.claims.map((c) => c.models)).toEqual([['gpt-4']]);
  });

  it('never compares a window in characters with one in tokens, and shows each in its unit', async () => {
    const out = ingestFiles([{ name: 'k.txt', text: '# Kimi\n\n2024 年 3 月 18 日，Kimi 智能助手上下文长度升级至 200 万字。\n\nKimi 支持 128K 上下文。\n\nKimi 支持 256K 上下文。\n' }]);
    const kimi = out.collections.models.find((m) => m.id === 'kimi')!;
    expect(kimi.contextWindow.map((q) => `${q.value} ${q.unit ?? 'tokens'}`)).toEqual(['2000000 characters', '128000 tokens', '256000 tokens']);
    expect(kimi.conflicts).toEqual(['contextWindow']);
    const { attributeGroups } = await import('../../src/lib/attributes.ts');
    expect(attributeGroups(kimi, 'contextWindow').map((g) => g.label)).toEqual(['2M characters', '128K tokens', '256K tokens']);
    const alone = ingestFiles([{ name: 'k.txt', text: '# Kimi\n\nKimi 智能助手上下文长度升级至 200 万字。\n\nKimi 支持 128K 上下文。\n' }]).collections.models.find((m) => m.id === 'kimi')!;
    expect(alone.conflicts).toEqual([]);
  });

  it('turns an unknown name in a score table into a provisional model and lists it', () => {
    const out = ingestFiles([{ name: 'x.txt', text: '图 1：测评\n\n\tGPT-4\tFooBar-7B\nMMLU\t86.4\t55.1\nGSM8K\t92.0\t40.2\n' }]);
    const foo = out.collections.models.find((m) => m.name === 'FooBar-7B')!;
    expect(foo).toMatchObject({ id: 'foobar-7b', curated: false });
    expect(out.collections.results.filter((r) => r.model === 'foobar-7b').map((r) => r.value)).toEqual([55.1, 40.2]);
    expect(out.collections.diagnostics.candidates.map((x) => x.name)).toContain('FooBar-7B');
  });

  it('gives a provisional model the family, vendor and modality of the registry model its name goes on from ("GPT-4-Turbo-0125", "Llama 3 400B")', () => {
    const out = ingestFiles([{ name: 'x.txt', text: '图 1：测评\n\n\tGPT-4-Turbo-0125\tLlama 3 400B\tFooBar-7B\nMMLU\t86.4\t86.1\t55.1\nGSM8K\t92.0\t94.1\t40.2\n' }]);
    const m = (id: string) => out.collections.models.find((x) => x.id === id)!;
    expect(m('gpt-4-turbo-0125')).toMatchObject({ family: 'gpt-4-turbo', vendor: 'openai', modality: 'multimodal', curated: false });
    expect(m('llama-3-400b')).toMatchObject({ family: 'llama-3', vendor: 'meta', curated: false });
    expect(m('foobar-7b')).toMatchObject({ family: null, vendor: null, modality: 'other' });
    // Every family link resolves to a model in the collection; the vendor is in the vendors collection.
    expect(out.collections.models.map((x) => x.id)).toEqual(expect.arrayContaining(['gpt-4-turbo', 'llama-3']));
    expect(out.collections.vendors.map((v) => v.id)).toEqual(expect.arrayContaining(['openai', 'meta']));
  });

  it('lists a versioned name after a release verb the registry does not know, never a known one', () => {
    const names = (text: string) => ingestFiles([{ name: 'x.txt', text: `${text}\n` }]).collections.diagnostics.candidates.map((x) => `${x.line} ${x.name}`);
    expect(names('2024 年 3 月 18 日，某公司发布了新模型 BarLM-13B，在 MMLU 上得分 66.1%。')).toEqual(['1 BarLM-13B']);
    expect(names('该公司推出 FooLM 2.0，并开源 Zeta-7B-chat。')).toEqual(['1 FooLM 2.0', '1 Zeta-7B-chat']);
    expect(names('OpenAI 发布 GPT-4 Turbo，谷歌推出 Gemini 1.5。')).toEqual([]);
    // A new version of a known model is not the known one: listed whole, its tail word and all.
    expect(names('2024 年 6 月 20 日，Anthropic 推出 Claude 3.9 Sonnet，上下文窗口 200K。')).toEqual(['1 Claude 3.9 Sonnet']);
  });
});
