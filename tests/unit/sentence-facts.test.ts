import { describe, expect, it } from 'vitest';
import { opensWithParameterHeader } from '../../scripts/pipeline/extract-report.ts';
import { ingestFiles } from '../helpers/corpus.ts';
import { excerptAt, sentencePrices, sentenceQuantities, sentenceReleases, sentenceScores } from '../../scripts/pipeline/sentence-facts.ts';
import { versionFinder } from '../../scripts/pipeline/extract-report.ts';
import { findAmounts, matcher, reg, sentence } from '../helpers/sentence.ts';

const scores = (t: string) => sentenceScores(sentence(t), findAmounts).map((r) => `${r.model} ${r.benchmark} ${r.value}${r.unit}`);
const quantities = (t: string) => sentenceQuantities(sentence(t), findAmounts, reg).map((a) => `${a.model} ${a.attribute} ${a.amount!.value * a.amount!.factor}${a.qualifier ? ` ${a.qualifier}` : ''}${a.variant ? ' (variant)' : ''}`);
const versionOf = versionFinder(reg, matcher);
const familyOf = (id: string) => reg.models.find((m) => m.id === id)?.family ?? null;
const releases = (t: string, reportDate: string | null = null) => sentenceReleases(sentence(t, { reportDate }), reg.wording, versionOf, familyOf).filter((r) => !r.launch).map((r) => `${r.model} ${r.date}`);
const launches = (t: string, reportDate: string | null = null) => sentenceReleases(sentence(t, { reportDate }), reg.wording, versionOf, familyOf).filter((r) => r.launch).map((r) => `${r.launch} (${r.model}) ${r.date}`);

describe('sentenceScores', () => {
  it('keeps a setting printed in brackets after the score or the benchmark ("（0-shot CoT）", "MMLU（5-shot）"), and no other bracket', () => {
    const settings = (t: string) => sentenceScores(sentence(t), findAmounts).map((r) => `${r.model} ${r.benchmark} ${r.value}${r.unit} ${r.setting ?? '-'}`);
    expect(settings('GPT-4o 在 MMLU 上取得 88.7% 的成绩（0-shot CoT）。')).toEqual(['gpt-4o mmlu 88.7% 0-shot CoT']);
    expect(settings('GPT-4 在 MMLU（5-shot）上的准确率达到 86.4%。')).toEqual(['gpt-4 mmlu 86.4% 5-shot']);
    expect(settings('GPT-4 在 MMLU 上得分 86.4%（据 OpenAI 报告）。')).toEqual(['gpt-4 mmlu 86.4% -']);
  });

  it('reads "Gemini Ultra 的 MMLU 指标达到 90.04%" and the comparison in parentheses, not the human figure', () => {
    expect(scores('根据 Google 的测试，在综合知识方面，Gemini Ultra 的 MMLU 指标达到 90.04%，超过人类专家的 89.8%，是首个超越人类的模型（GPT-4 的 MMLU 为 87.29%）。')).toEqual(['gemini-ultra mmlu 90.04%', 'gpt-4 mmlu 87.29%']);
  });

  it('carries the benchmark to the next clause ("以往最高水平为 GPT-4 的 92.0%")', () => {
    expect(scores('在数学领域，Gemini Ultra 的 GSM8K 指标为 94.4%，以往最高水平为 GPT-4 的 92.0%。')).toEqual(['gemini-ultra gsm8k 94.4%', 'gpt-4 gsm8k 92%']);
  });

  it('takes only the first number of "90.6%对 89.8%"', () => {
    expect(scores('ERNIE 3.0 在 54 项中文 NLP 任务上优于同期最先进的模型，其英文版在 SuperGLUE 基准测试中排名第一（2021 年 7 月 3 日），超过人类表现+0.8%（90.6%对 89.8%）。')).toEqual(['ernie-3 superglue 90.6%']);
  });

  it('ignores improvements, thresholds and dates', () => {
    expect(scores('在 VQAv2 上 AnyMAL 提高了 7.0% 的相对准确率')).toEqual([]);
    expect(scores('Claude 3 Opus,在 MMLU、GSM8K 等多个测试项目中准确率超过 85%')).toEqual([]);
    expect(scores('在 MGSM 等测试中表现突出;模型参数量最高的为 23 年 3 月谷歌发布的 PaLM-E,参数量达到 5,620 亿')).toEqual([]);
  });
});

describe('sentenceQuantities', () => {
  it('reads "千亿级参数" once, as one order of magnitude, not as two sizes of the model', () => {
    expect(quantities('GLM-4拥有千亿级参数，支持128K上下文。')).toEqual(['glm-4 parameters 100000000000 about', 'glm-4 contextWindow 128000']);
  });
  it('pairs "分别为" lists (Nano-1、Nano-2 参数量分别为 1.8B 和 3.25B)', () => {
    expect(quantities('Nano-1、Nano-2 参数量分别为 1.8B 和 3.25B，分别针对不同内存的设备。')).toEqual(['gemini-nano-1 parameters 1800000000', 'gemini-nano-2 parameters 3250000000']);
  });

  it('gives "<amount>参数的 X" to the model that follows', () => {
    expect(quantities('LLaMA-13B在大多数基准上超过了参数量达1750亿的GPT-3。')).toEqual(['gpt-3 parameters 175000000000']);
    expect(quantities('Meta AI 全面开放 1750 亿参数大模型 OPT-175B')).toEqual(['opt-175b parameters 175000000000']);
  });

  it('reads qualifiers and estimates (可能超过 1400 亿, 约为 1.8 万亿)', () => {
    expect(quantities('GPT-4 的最大参数量超过 1400 亿，对标的 GPT-3 模型参数规模约为 1750 亿。')).toEqual(['gpt-4 parameters 140000000000 more-than', 'gpt-3 parameters 175000000000 about']);
    // A forecast or rumour shortly before a size (wording.yaml estimateWords) makes it an estimate (天风 L425); a size
    // further on keeps its own qualifier.
    expect(quantities('LLaMA3 的最大参数量可能超过 1400 亿，对标的 GPT-4 模型参数规模约为 1.8 万亿。')).toEqual(['llama-3 parameters 140000000000 estimate', 'gpt-4 parameters 1800000000000 about']);
    expect(quantities('LLaMA3 有望比肩 GPT-4，最高 1400 亿参数，研究人员计划放松安全限制。')).toEqual(['llama-3 parameters 140000000000 estimate']);
    // Only a word shortly before the size counts, and 不可能 is no estimate.
    expect(quantities('市场预计2025年规模将大幅增长，分析师认为相关企业都会受益，而GPT-3参数量为1750亿。')).toEqual(['gpt-3 parameters 175000000000']);
    expect(quantities('GPT-3参数量不可能小于1750亿。')).toEqual(['gpt-3 parameters 175000000000']);
    // A count in 万 is a parameter count when it comes to millions (国元 L217); a count without magnitude is not.
    expect(quantities('例如2016年最好的大模型ResNet-50参数量约为2000万，2020年的GPT-3模型参数量达1750亿。')).toEqual(['resnet-50 parameters 20000000 about', 'gpt-3 parameters 175000000000']);
    expect(quantities('GPT-3 的参数共有 2000 个矩阵。')).toEqual([]);
    // A size in brackets after a model's name (国金 L403), but not a context length or a range.
    expect(quantities('盘古-π (7B) 在多任务上超越 LLaMA 2 等同规模大模型。')).toEqual(['pangu-pi parameters 7000000000']);
    expect(quantities('盘古-π（70亿）的参数效率优于同规模模型。')).toEqual(['pangu-pi parameters 7000000000']);
    expect(quantities('GPT-4 (32K) 在多任务上表现优异。')).toEqual([]);
    expect(quantities('ChatGPT（1亿）用户增长最快。')).toEqual([]);
    // A count of tokens or characters in a clause about parameters is not a size.
    expect(quantities('Gemini 1.5 Pro 参数规模未知而上下文长度达 100 万 tokens。')).toEqual(['gemini-1-5-pro contextWindow 1000000']);
    expect(quantities('GPT-4 参数量约 1.8 万亿、训练数据 1300 万 token。')).toEqual(['gpt-4 parameters 1800000000000 about']);
    // A magnitude word is an order of size, as in tables (西南 L793 千亿级 → about): 西南 L860, 天风 L516.
    expect(quantities('盘古大模型拥有千亿级别的参数容量，有能力处理更加复杂的任务。')).toEqual(['pangu parameters 100000000000 about']);
  });

  it('gives a value to every model of a list followed by 都/均 (天风 004 L682), and only then', () => {
    expect(quantities('如阿里通义M6大模型和腾讯混元都是参数容量破千亿的语言大模型。')).toEqual(['m6 parameters 100000000000 more-than', 'hunyuan parameters 100000000000 more-than']);
    expect(quantities('阿里通义M6大模型和腾讯混元相比，混元是参数容量破千亿的语言大模型。')).toEqual(['hunyuan parameters 100000000000 more-than']);
    // 均 in another clause, or in 平均, shares nothing.
    expect(quantities('GPT-4 和 Gemini 均支持多模态输入，参数量达 1.8 万亿。')).toEqual(['gpt-4 parameters 1800000000000']);
    expect(quantities('GPT-4 和 Gemini 平均参数量达 1.8 万亿。')).toEqual(['gemini parameters 1800000000000']);
  });

  it('reads a window of 万 before 上下文 ("首破 100 万极限上下文纪录", 华福 L15), but not a vague 数百万', () => {
    expect(quantities('2 月推出 Gemini 1.5 Pro，使用 MoE 架构首破 100 万极限上下文纪录。')).toEqual(['gemini-1-5-pro contextWindow 1000000']);
    expect(quantities('Gemini 1.5 Pro 能够从数百万个上下文标记中回忆并推理出精细的信息。')).toEqual([]);
    // 参数 ends in 数 too: "参数1750亿" is a size.
    expect(quantities('GPT-3模型参数1750亿。')).toEqual(['gpt-3 parameters 175000000000']);
  });

  it('leaves the size of each part alone ("多个 70 亿参数数量的 MoE 组合"), but not "一个 110 亿参数的模型"', () => {
    expect(quantities('Mixtral 采用了多个 70 亿参数数量的 MoE 组合，Mixtral 8x7B 的参数量仅为 470 亿。')).toEqual(['mixtral-8x7b parameters 47000000000']);
    expect(quantities('谷歌发布 Genie，它是一个110亿参数的基础世界模型。')).toEqual(['genie parameters 11000000000']);
  });

  it('skips active parameters and marks several sizes of one model as variants', () => {
    expect(quantities('Mixtral 8x7B 仅使用 130 亿活动参数，多项跑分高于 700 亿活动参数的 LLaMA 2 70B。')).toEqual([]);
    expect(quantities('LLaMA 2是在LLaMA 1基础之上构建而成，拥有70亿、130亿和700亿三种参数。')).toEqual(['llama-2 parameters 7000000000 (variant)', 'llama-2 parameters 13000000000 (variant)', 'llama-2 parameters 70000000000 (variant)']);
  });

  it('reads bare sizes in a table flattened to text under a parameter column (国元 L92–L149), and nowhere else', () => {
    const flat = (t: string, parameterColumn = true) =>
      sentenceQuantities(sentence(t, { parameterColumn }), findAmounts, reg).map((a) => `${a.model} ${a.attribute} ${a.amount!.value * a.amount!.factor}${a.amount!.max === undefined ? '' : `-${a.amount!.max * a.amount!.factor}`}`);
    expect(flat('BERT 语言理解与生成 4810亿 NLP AlphaCode 代码生成 414亿 NLP')).toEqual(['bert parameters 481000000000', 'alphacode parameters 41400000000']);
    expect(flat('LLaMA 语言理解与生成 70-650亿 NLP')).toEqual(['llama parameters 7000000000-65000000000']);
    // Counts of something else, and the same text outside such a table, are not sizes.
    expect(flat('M2M-100 100种语言互译 150亿 NLP')).toEqual(['m2m-100 parameters 15000000000']);
    expect(flat('ChatGPT 拥有 1亿 用户')).toEqual([]);
    expect(flat('BERT 语言理解与生成 4810亿 NLP', false)).toEqual([]);
  });

  it('reads a mixture of experts\' total parameters, not the parameters active per token ("每个 token 激活 210 亿参数")', () => {
    expect(quantities('DeepSeek-V2 总参数 2360 亿，每个 token 激活 210 亿参数。')).toEqual(['deepseek-v2 parameters 236000000000']);
    expect(quantities('Mixtral 8x7B 推理时仅使用 130 亿活动参数。')).toEqual([]);
  });

  it('does not give a value to the base a ratio compares with ("仅为 GPT-4 Turbo 的一半", "是 Llama 2 的 7 倍")', () => {
    expect(quantities('价格方面，GPT-4o API 输入 5 美元/百万 tokens，仅为 GPT-4 Turbo 的一半，速率限制提高 5 倍，上下文窗口为 128K tokens。')).toEqual(['gpt-4o contextWindow 128000']);
    expect(quantities('Llama 3 预训练数据超过 15T tokens，是 Llama 2 的 7 倍，上下文长度为 8K。')).toEqual(['llama-3 contextWindow 8000']);
  });

  it('reads a window counted in characters as such ("上下文长度升级至 200 万字", "支持输入 20 万汉字"), and no other count of characters', () => {
    const windows = (t: string) => sentenceQuantities(sentence(t), findAmounts, reg).map((a) => `${a.model} ${a.attribute} ${a.amount!.value * a.amount!.factor} ${a.unit ?? 'tokens'}`);
    expect(windows('2023 年 10 月 9 日，月之暗面推出 Kimi 智能助手，支持输入 20 万汉字。')).toEqual(['kimi contextWindow 200000 characters']);
    expect(windows('2024 年 3 月 18 日，Kimi 智能助手上下文长度升级至 200 万字，并开启内测。')).toEqual(['kimi contextWindow 2000000 characters']);
    expect(windows('Kimi 写了 300 万字的小说。')).toEqual([]);
    expect(windows('GPT-4 支持 128K 上下文。')).toEqual(['gpt-4 contextWindow 128000 tokens']);
  });

  it('never reads what a price is per as a context window ("5 美元/百万 tokens", "每千 tokens")', () => {
    expect(quantities('GPT-4o 支持 128K 上下文窗口，API 价格为输入 5 美元/百万 tokens，输出 15 美元/百万 tokens。')).toEqual(['gpt-4o contextWindow 128000']);
    expect(quantities('文心一言的上下文窗口价格为每千 tokens 0.012 元。')).toEqual([]);
  });

  it('reads context windows in K and 万 tokens, with "32k的Gemini 1.0" style owners', () => {
    expect(quantities('谷歌增加了Gemini 1.5 Pro的上下文窗口容量，并实现在生产中运行高达100万个Token，远超32k的Gemini 1.0、128k的GPT-4 Turbo、200k的Claude 2.1。')).toEqual([
      'gemini-1-5-pro contextWindow 1000000',
      'gemini-1-0 contextWindow 32000',
      'gpt-4-turbo contextWindow 128000',
      'claude-2-1 contextWindow 200000',
    ]);
  });
});

describe('sentencePrices', () => {
  it('reads per-million-token prices with input/output for each clause subject', () => {
    const t = '价格上，Opus 的价格目前每百万 tokens 输入 15 美元，输出 75 美元，Sonnet 为百万 tokens 输入 3 美元，输出 15 美元。';
    expect(sentencePrices(sentence(t), findAmounts).map((p) => `${p.model} ${p.direction} ${p.value} ${p.currency}/${p.per}`)).toEqual([
      'claude-3-opus input 15 USD/1000000',
      'claude-3-opus output 75 USD/1000000',
      'claude-3-sonnet input 3 USD/1000000',
      'claude-3-sonnet output 15 USD/1000000',
    ]);
  });

  it('takes the unit printed right after a price over one stated earlier ("…每百万 tokens 输入 1 元，豆包 0.0008 元/千 tokens", "元/万 tokens")', () => {
    const t = '通义千问每百万 tokens 输入 1 元；豆包为 0.0008 元/千 tokens；文心一言为 0.1 元/万 tokens。';
    expect(sentencePrices(sentence(t), findAmounts).map((p) => `${p.model} ${p.direction} ${p.value} ${p.currency}/${p.per}`)).toEqual([
      'qwen input 1 CNY/1000000',
      'doubao input 0.0008 CNY/1000',
      'ernie-bot input 0.1 CNY/10000',
    ]);
  });
});

describe('sentenceReleases', () => {
  it('reads "date，vendor 发布 model" and "model…于 date 发布"', () => {
    expect(releases('2023 年 12 月 7 日，Google 发布了新一代基于联合训练的原生多模态大模型 Gemini。')).toEqual(['gemini 2023-12-07']);
    expect(releases('Gemini 1.5 Pro 是 Gemini 家族的最新模型，于 2024 年 2 月 15 日发布，是一种高效的多模态混合专家模型')).toEqual(['gemini-1-5-pro 2024-02-15']);
  });

  it('takes the year from the report date when the text gives only the day', () => {
    expect(releases('美国当地时间 2 月 15 日，OpenAI 发布视频生成模型 Sora', '2024-02')).toEqual(['sora 2024-02-15']);
    expect(releases('美国当地时间 2 月 15 日，OpenAI 发布视频生成模型 Sora', null)).toEqual([]);
  });

  it('keeps the time zone printed right before the day (美国时间), and none for a date without one', () => {
    const zoneOf = (t: string) => sentenceReleases(sentence(t, { reportDate: '2024-03' }), reg.wording, versionOf, familyOf).map((r) => `${r.model} ${r.date} ${r.timeZone ?? '-'}`);
    // 华福 L375 and L270.
    expect(zoneOf('美国时间 2023 年 12 月 6 日，谷歌大语言模型 Gemini 在正式对外发布。')).toEqual(['gemini 2023-12-06 美国时间']);
    expect(zoneOf('美国当地时间 2 月 15 日，OpenAI 发布视频生成模型 Sora')).toEqual(['sora 2024-02-15 美国当地时间']);
    // 天风 L152: no zone. A month has no time zone to speak of.
    expect(zoneOf('2023 年 12 月 7 日，Google 发布了新一代基于联合训练的原生多模态大模型 Gemini。')).toEqual(['gemini 2023-12-07 -']);
    expect(zoneOf('美国时间 2023 年 12 月，Google 发布了 Gemini。')).toEqual(['gemini 2023-12 -']);
  });

  it('dates a month printed alone to the report only when the sentence says it is recent (近期 …)', () => {
    // 华福证券 L15: "OpenAI 近期密集剧透 GPT-5 …；此外，2 月发布文生视频大模型 Sora"
    expect(releases('OpenAI 近期密集剧透 GPT-5，相比 GPT-4 实现全面升级；此外，2 月发布文生视频大模型 Sora，能够根据文本指令生成 1 分钟的视频', '2024-03')).toEqual(['sora 2024-02']);
    // A slide's timeline (国信 L500): the month belongs to a year printed elsewhere on the slide.
    expect(releases('OpenAI于3月发布GPT-4；', '2024-03')).toEqual([]);
    // An earlier sentence of the paragraph said so (华福 L15: "OpenAI 近期密集剧透 GPT-5 …。2) Google … 2 月推出 Gemini 1.5 Pro").
    const inRecent = sentenceReleases(sentence('2) Google 推出原生多模态大模型 Gemini；此外，2 月推出 Gemini 1.5 Pro，使用 MoE 架构', { reportDate: '2024-03', recent: true }), reg.wording, versionOf);
    expect(inRecent.map((r) => `${r.model} ${r.date}`)).toEqual(['gemini-1-5-pro 2024-02']);
    // A year named relative to the writing takes the report's year (天风 L667: "今年 1 月，微软正式发布…").
    expect(releases('今年 1 月，微软正式发布 Gemini Pro', '2024-03')).toEqual(['gemini-pro 2024-01']);
    expect(releases('去年 11 月 OpenAI 发布 GPT-4 Turbo', '2024-03')).toEqual(['gpt-4-turbo 2023-11']);
    expect(releases('去年 11 月 OpenAI 发布 GPT-4 Turbo', null)).toEqual([]);
    // A named year dates the bare months after it in the sentence, and a month count from it.
    expect(releases('去年 11 月发布 GPT-4 Turbo，12 月发布 Gemini', '2024-03')).toEqual(['gpt-4-turbo 2023-11', 'gemini 2023-12']);
    expect(releases('去年4月，谷歌合并团队，8个月后发布Gemini。', '2024-03')).toEqual(['gemini 2023-12']);
    // A year earlier in the sentence dates the month.
    expect(releases('2023 年 3 月发布 GPT-4，11 月发布 GPT-4 Turbo', '2024-03')).toEqual(['gpt-4 2023-03', 'gpt-4-turbo 2023-11']);
  });

  it('takes its release, plan and paper wording from wording.yaml, not from code', () => {
    const text = '2024 年 3 月 4 日，Anthropic 亮相 Claude 3。';
    expect(releases(text)).toEqual(['claude-3 2024-03-04']);
    const at = (w: Partial<typeof reg.wording>) => sentenceReleases(sentence(text, {}), { ...reg.wording, ...w }, versionOf).map((r) => r.model);
    // Without 亮相 among the release verbs the sentence releases nothing; as a plan word it is a plan.
    expect(at({ releaseVerbs: reg.wording.releaseVerbs.filter((v) => v !== '亮相') })).toEqual([]);
    expect(at({ releaseVerbs: ['亮相'], planWords: ['Anthropic'] })).toEqual([]);
    // A paper verb the registry adds dates the model its title opens with.
    const paper = '2023 年 11 月 26 日，微软刊发论文《GAIA: ZERO-SHOT TALKING AVATAR GENERATION》。';
    expect(sentenceReleases(sentence(paper, {}), reg.wording, versionOf)).toEqual([]);
    expect(sentenceReleases(sentence(paper, {}), { ...reg.wording, paperVerbs: ['刊发论文'] }, versionOf).map((r) => `${r.model} ${r.date}`)).toEqual(['gaia 2023-11-26']);
  });

  it('reads a label line that gives a model and its year (国元 L42, L49), but not a year the sentence is about', () => {
    expect(releases('CLIP(Contrastive Language-Image PreTraining)模型 2021年')).toEqual(['clip 2021']);
    expect(releases('DiT(Diffusion Transformers)模型 2023年用 Transformer替换了传统的U-Net主干')).toEqual(['dit 2023']);
    expect(releases('ChatGPT 2023年的月活用户超过1亿')).toEqual([]);
    expect(releases('ChatGPT 2023年3月的月活用户超过1亿')).toEqual([]);
    expect(releases('GPT-4 2023年收入增长')).toEqual([]);
    expect(releases('GPT-4（OpenAI）2023年收入增长')).toEqual([]);
    expect(releases('Sora 模型 2024年将开放')).toEqual([]);
    expect(releases('GPT-4（OpenAI）2023年')).toEqual(['gpt-4 2023']);
  });

  it('dates the model a paper introduces, named first in its title, but not one a paper is about (天风 L682)', () => {
    expect(releases('2023 年 11 月 26 日，微软发表论文《GAIA: ZERO-SHOT TALKING AVATAR GENERATION》。')).toEqual(['gaia 2023-11-26']);
    expect(releases('2023 年 9 月 29 日，微软发表论文《The Dawn of LMMs: Preliminary Explorations with GPT-4V(ision)》')).toEqual([]);
    expect(releases('2023年2月，微软发表论文《ChatGPT for Robotics: Design Principles and Model Abilities》')).toEqual([]);
  });

  it('dates the model a heading names when a sentence below releases it unnamed (国元 L608/L630), and only then', () => {
    const report = (body: string) => ingestFiles([{ name: 'x.txt', text: `# 国元证券研究报告 2024年3月\n\n 2 GPT发展回顾：更快更强更便宜的GPT-4 Turbo\n\nGPT-4(8K) GPT4 Turbo(128K)\n\n${body}\n` }]).collections.events.map((e) => `${e.model} ${e.date}`);
    expect(report('• 2023年11月7日，OpenAI在开发者大会披露新版本具备：1) 更长的上下文；2) 更便宜，费用降至GPT-4(8K)的1/3。')).toEqual(['gpt-4-turbo 2023-11-07']);
    // A model named before the phrase is what the sentence is about; a plain verb without "新版本" dates nothing unnamed.
    expect(report('• 2023年11月7日，GPT-4 的团队披露新版本具备更长的上下文。')).toEqual([]);
    expect(report('• 2023年11月7日，OpenAI在开发者大会发布了一系列更新。')).toEqual([]);
  });

  it('reads a product launched on a model as a launch, not a release (天风 L744, 华福 L657)', () => {
    expect(launches('2024 年 1 月 10 日，OpenAI 推出 GPT 商店，整合这些用 GPT 搭建的应用程序')).toEqual(['GPT 商店 (gpt) 2024-01-10']);
    expect(launches('2023 年 11 月 6 日，OpenAI 推出 ChatGPT 自定义版本，无需编程')).toEqual(['ChatGPT 自定义版本 (chatgpt) 2023-11-06']);
    // The product before the verb.
    expect(launches('1月 10 日，Open AI 宣布 GPT Store 正式上线，目前已有超 300 万个自定义 ChatGPT', '2024-02')).toEqual(['GPT Store (gpt) 2024-01-10']);
    // The name stops at the product word and a version suffix; what follows is not part of it.
    expect(launches('2024 年 1 月 10 日，OpenAI 推出 GPT 商店和团队版')).toEqual(['GPT 商店 (gpt) 2024-01-10']);
    expect(launches('2024 年 1 月 10 日，OpenAI 推出 GPT 商店整合这些应用')).toEqual(['GPT 商店 (gpt) 2024-01-10']);
    expect(launches('2024 年 1 月 10 日，GPT 商店里的应用正式上线')).toEqual([]);
    // Beside a model released with it.
    expect(launches('2023 年 11 月 6 日，OpenAI 推出 GPT-4 Turbo 和 GPT 商店')).toEqual(['GPT 商店 (gpt) 2023-11-06']);
    expect(releases('2023 年 11 月 6 日，OpenAI 推出 GPT-4 Turbo 和 GPT 商店')).toEqual(['gpt-4-turbo 2023-11-06']);
    // A trademark filing is no launch.
    expect(launches('2023 年 8 月 1 日，OpenAI 为 GPT 商标发布申请')).toEqual([]);
    // A model released is no launch; a product word far from any model is nothing.
    expect(launches('2023年3月，发布类似ChatGPT的大语言模型Claude')).toEqual([]);
    expect(launches('2023 年 10 月 17 日百度发布文心大模型 4.0，打造应用商店')).toEqual([]);
  });

  it('skips plans, products built on a model, comparisons and relative dates', () => {
    expect(releases('近期 The Information 报道，Meta 计划在 2024 年 7 月发布 Llama 3 大模型')).toEqual([]);
    // The plan may stand far from the verb in its clause, after another date.
    expect(releases('2024 年 1 月 18 日扎克伯格透露，Meta 计划在今年 7 月份正式对外发布 Llama 3 大模型', '2024-03')).toEqual([]);
    expect(releases('2024 年 1 月 10 日，OpenAI 推出 GPT 商店，整合这些用 GPT 搭建的应用程序')).toEqual([]);
    expect(releases('2023年3月，发布类似ChatGPT的大语言模型Claude')).toEqual(['claude 2023-03']);
    // Another verb's date carried over a clause stays unread; a month count moves it on (国信 L827).
    expect(releases('2023年4月，谷歌将Google Brain和DeepMind合并为Google DeepMind，全力冲刺AI，8个月后发布Gemini。')).toEqual(['gemini 2023-12']);
    expect(releases('2023年11月，谷歌将两个团队合并，三个月后发布 Gemini 1.5 Pro')).toEqual(['gemini-1-5-pro 2024-02']);
    expect(releases('2023年4月，谷歌合并团队；8个月后发布Gemini。')).toEqual([]);
    expect(releases('2023年4月，谷歌合并团队，此后发布Gemini。')).toEqual([]);
  });

  it('dates the members a released family is said to hold (国元 L916), not members named otherwise', () => {
    expect(releases('2024年3月，Anthropic发布最新的多模态模型Claude 3，该系列包含三个模型：Claude 3 Haiku、Claude 3 Sonnet和Claude 3 Opus。')).toEqual([
      'claude-3 2024-03',
      'claude-3-haiku 2024-03',
      'claude-3-sonnet 2024-03',
      'claude-3-opus 2024-03',
    ]);
    expect(releases('2024年3月，Anthropic发布Claude 3，Claude 3 Opus 在 MMLU 上得分最高。')).toEqual(['claude-3 2024-03']);
    expect(releases('2024年3月，Anthropic发布Claude 3，该系列有望包含 Claude 3 Opus。')).toEqual(['claude-3 2024-03']);
  });

  it('reads every model released: through parentheses, names listed together, after "目的"', () => {
    expect(releases('2023 年 11 月 21 日,Stability.AI 基于研究目的发布 Stable Video Diffusion(SVD)模型和微调版本 SVD-XT。')).toEqual(['stable-video-diffusion 2023-11-21', 'svd-xt 2023-11-21']);
    expect(releases('ChatGPT/GPT-3.5：2022年11月30日发布，在GPT-3的基础上进行有监督微调。')).toEqual(['chatgpt 2022-11-30', 'gpt-3-5 2022-11-30']);
    // "的" right before the verb still makes it an adjective.
    expect(releases('2023 年 7 月，Meta 旗下的开源模型 Llama 2 对 RLHF 进行了改进。')).toEqual([]);
  });

  it('reads an upgrade as the release of the version the registry knows, never of the model upgraded', () => {
    expect(releases('2023 年 10 月 17 日 ERNIE 更新至 4.0 版本，功能对标 GPT-4。')).toEqual(['ernie-4 2023-10-17']);
    expect(releases('科大讯飞于 2023 年 5 月发布讯飞星火大模型, 至 24 年 1 月模型已升级至 V3.5 版本。')).toEqual(['spark 2023-05', 'spark-3-5 2024-01']);
    expect(releases('2024 年 1 月 ERNIE 更新至 9.9 版本。')).toEqual([]);
  });
});

describe('opensWithParameterHeader', () => {
  it('knows a flattened table by its header row naming a parameter column', () => {
    const headers = reg.wording.parameterHeaders;
    expect(opensWithParameterHeader(' 开发者 预训练模型 应用 参数量 领域 开发者 预训练模型 应用 参数量 领域\n\n谷歌\n\nGemini 1.5', headers)).toBe(true);
    expect(opensWithParameterHeader('Model Params Layers\nGPT-3 175B 96', headers)).toBe(true);
    // Prose that mentions parameters, and a header row without a parameter column, are not.
    expect(opensWithParameterHeader('GPT-3 的参数量为 1750 亿，是 GPT-2 的 100 倍。', headers)).toBe(false);
    expect(opensWithParameterHeader('开发者 预训练模型 应用 领域\nGato 多面手的智能体 12亿', headers)).toBe(false);
  });
});

describe('a sentence that opens with a pronoun', () => {
  const windows = (text: string) =>
    ingestFiles([{ name: 'r.txt', text: `# 版本对比\n\n${text}\n` }]).collections.models.flatMap((m) => m.contextWindow.map((c) => `${m.id} ${c.value}${c.variant ? ` (${c.variant})` : ''}`));
  it('refers to the model the previous sentence was about (天风 004 L516)', () => {
    expect(windows('之前外网泄露图中，GPT-4存在两个版本。其支持的上下文分别是8K和32K，是ChatGPT上下文长度的2倍和8倍。')).toEqual(['gpt-4 8000 (8K)', 'gpt-4 32000 (32K)']);
    // 其中 ("of which") is not a pronoun for the model, and a sentence naming its own model keeps it.
    expect(windows('GPT-4存在两个版本。其中支持的上下文是32K。')).toEqual([]);
    expect(windows('GPT-4存在两个版本。其后 Claude 2.1 支持 200K 上下文。')).toEqual(['claude-2-1 200000']);
    expect(windows('GPT-4存在两个版本。其它模型上下文为 4K。')).toEqual([]);
  });
});

describe('excerptAt', () => {
  it('quotes the stretch of a long sentence that holds the date (国金 003 L133–L139)', () => {
    const long = `目前定量测评分数最高的为 Anthropic 旗下的 Claude 3 Opus,${'在多个测试项目中准确率超过 85%,'.repeat(8)}模型参数量最高的为 23 年 3 月谷歌发布的 PaLM-E,参数量达到 5,620 亿;谷歌于 24年2月发布的 Gemini 1.5 能够处理的上下文长度高达 100 万 tokens`;
    const quote = excerptAt(long, long.indexOf('24年2月'));
    expect(quote.startsWith('谷歌于 24年2月发布的 Gemini 1.5')).toBe(true);
    expect(quote.length).toBeLessThanOrEqual(240);
    // A short sentence is quoted whole.
    expect(excerptAt('2023 年 12 月 7 日，Google 发布了 Gemini。', 0)).toBe('2023 年 12 月 7 日，Google 发布了 Gemini。');
  });
});

describe('the model a section heading is about', () => {
  const facts = (text: string) => {
    const { models } = ingestFiles([{ name: 'r.txt', text }]).collections;
    return models.flatMap((m) => [
      ...m.contextWindow.map((c) => `${m.id} window ${c.value}`),
      ...m.prices.map((p) => `${m.id} ${p.direction} ${p.value}/${p.per}`),
    ]);
  };
  it('owns the sizes and prices no model in the sentence claims (国元 000 L608–L632)', () => {
    const body = '2023年11月7日，OpenAI在开发者大会披露新版本具备：1) 更长的上下文长度：支持128K上下文窗口，相当于300页文本；2) 更便宜：新模型的价格是每千输入token 1美分，而每千输出token 3美分，输入和输出费用分别降至GPT-4(8K)的1/3和1/2。';
    expect(facts(`## 2 GPT发展回顾：更快更强更便宜的GPT-4 Turbo\n\n${body}\n`)).toEqual(['gpt-4-turbo window 128000', 'gpt-4-turbo input 0.01/1000', 'gpt-4-turbo output 0.03/1000']);
    // Only the first body paragraph after the heading: a later one's unclaimed size is nobody's.
    expect(facts(`## 2 GPT发展回顾：更快更强更便宜的GPT-4 Turbo\n\n${body}\n\n业内普遍认为 128K 上下文窗口已能满足大多数应用的需要，长文本能力成为各家竞争的焦点。\n\n国内主流 API 每千 tokens 收费 0.012 元，价格战愈演愈烈，各家纷纷下调价格。\n`)).toEqual(['gpt-4-turbo window 128000', 'gpt-4-turbo input 0.01/1000', 'gpt-4-turbo output 0.03/1000']);
    // A heading naming two unrelated models is about neither.
    expect(facts(`## 2 GPT-4 Turbo 与 Claude 2.1 对比\n\n${body}\n`)).toEqual([]);
  });
});

describe('a clause naming a family and then one of its members', () => {
  it('is about the member (华福 002 L429: "Gemini 1.5 的第一个版本 —— Gemini 1.5 Pro, …100 万 token 的上下文窗口")', () => {
    const windows = (text: string) =>
      ingestFiles([{ name: 'r.txt', text: `# 长文本\n\n${text}\n` }]).collections.models.flatMap((m) => m.contextWindow.map((c) => `${m.id} ${c.value}`));
    expect(windows('谷歌目前推出的是用于早期测试的 Gemini 1.5 的第一个版本 —— Gemini 1.5 Pro, 突破性地可理解 100 万 token 的“上下文窗口”。')).toEqual(['gemini-1-5-pro 1000000']);
    // Named the other way round, the member comes first anyway; an unrelated model later does not take over.
    expect(windows('Gemini 1.5 Pro 是 Gemini 家族的最新模型, 可理解 100 万 token 的上下文窗口。')).toEqual(['gemini-1-5-pro 1000000']);
    expect(windows('Gemini 1.5 对标 GPT-4 Turbo, 可理解 100 万 token 的上下文窗口。')).toEqual(['gemini-1-5 1000000']);
  });
});

describe('members listed by their short names after a family', () => {
  it('are mentions of those members (华福 002 L384: "Gemini 1.0 共分为 Ultra, Pro 和 Nano 三个版本")', () => {
    const mentioned = (text: string) => ingestFiles([{ name: 'r.txt', text: `# 谷歌\n\n${text}\n` }]).collections.claims.filter((c) => c.kind === 'sentence' && c.line === 3).flatMap((c) => c.models);
    expect(mentioned('谷歌当天发布的 Gemini 1.0 共分为 Ultra, Pro 和 Nano 三个版本，其中 Ultra 的能力最强。')).toEqual(['gemini-1-0', 'gemini-nano', 'gemini-pro', 'gemini-ultra']);
    // Without a member word, or for a word that makes no member of the family, nothing is added.
    expect(mentioned('谷歌当天发布的 Gemini 1.0，Ultra 和 Pro 表现出色。')).toEqual(['gemini-1-0']);
    expect(mentioned('Gemini 1.0 包括 Max 和 Mini 两个版本。')).toEqual(['gemini-1-0']);
  });

  it('are not spellings of those members: a bare "Pro" is no alias of Gemini Pro outside that sentence', () => {
    const { models } = ingestFiles([{ name: 'r.txt', text: '# 谷歌\n\n谷歌当天发布的 Gemini 1.0 共分为 Ultra, Pro 和 Nano 三个版本。\n' }]).collections;
    const pro = models.find((m) => m.id === 'gemini-pro')!;
    expect(pro.mentions).toBe(1);
    expect(pro.aliases).not.toContain('Pro');
  });
});
