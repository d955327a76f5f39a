import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../scripts/pipeline/entities.ts';
import { amountFinder } from '../../scripts/pipeline/numbers.ts';
import { modalityOf, priceCell, readTable, settingsFromCaptions, type TableScore } from '../../scripts/pipeline/table-facts.ts';
import type { Grid } from '../../scripts/pipeline/table-grid.ts';
import { ingestFiles, registry } from '../helpers/corpus.ts';

const reg = registry();
const ctx = (extra: { caption?: string; footer?: string; title?: string; lead?: string } = {}) => ({ matcher: buildMatcher(reg), registry: reg, findAmounts: amountFinder(reg.units), ...extra });
/** A grid from TSV lines (cut from the reports), numbered from `first`. */
function grid(tsv: string, first = 1): Grid {
  const rows = tsv.split('\n').map((l) => l.split('\t').map((c) => c.trim()));
  const width = Math.max(...rows.map((r) => r.length));
  for (const r of rows) while (r.length < width) r.push('');
  return { cells: rows, lines: rows.map((_, i) => first + i), width };
}
const scores = (g: Grid, c = ctx()) => readTable(g, 1, c).results.map((r) => `L${r.line} ${r.model || r.modelName} ${r.benchmark} ${r.value}${r.unit} ${r.setting ?? '-'}`);

describe('readTable', () => {
  it('gives each row the setting its settings column (设置) prints, and reads no model from that column', () => {
    const g = grid('能力\t设置\tClaude 3 Opus\tGPT-4\n本科水平知识 MMLU\t5-shot\t86.8%\t86.4%\n数学解题 MATH\t0-shot CoT\t60.1%\t52.9%', 63);
    expect(scores(g)).toEqual(['L64 claude-3-opus mmlu 86.8% 5-shot', 'L64 gpt-4 mmlu 86.4% 5-shot', 'L65 claude-3-opus math 60.1% 0-shot CoT', 'L65 gpt-4 math 52.9% 0-shot CoT']);
    expect(readTable(g, 1, ctx()).unknown).toEqual([]);
  });

  it('reads price columns in the currency and per-token count the caption states (国泰君安-style 表 1: 元/千 tokens)', () => {
    const g = grid('厂商\t模型\t上下文长度\t输入价格\t输出价格\n字节跳动\tDeepSeek-V2\t128K\t0.001\t0.002\n百度\tERNIE Speed\t8K\t免费\t免费', 54);
    const prices = readTable(g, 1, ctx({ caption: '表 1：国内主流大模型 API 价格对比（元/千 tokens）' })).attributes.filter((a) => a.price).map((a) => `L${a.line} ${a.model} ${a.price!.direction} ${a.price!.value} ${a.price!.currency}/${a.price!.per}`);
    expect(prices).toEqual(['L55 deepseek-v2 input 0.001 CNY/1000', 'L55 deepseek-v2 output 0.002 CNY/1000']);
    // Without a stated currency and token count, a number in a price column is no price.
    expect(readTable(g, 1, ctx()).attributes.filter((a) => a.price)).toEqual([]);
  });

  it('reads a modality column (华福 图表 51 数据类型): one word names a modality, several kinds of data are multimodal, an empty or unknown cell nothing', () => {
    const g = grid(
      '大模型名称\t发布时间\t企业名称\t应用场景\t数据类型\n' +
        '盘古药物分子大模型\t2022.4\t华为\t药物研发\t文本、图像、化学结构\n' +
        '文心生物计算大模型\t2022.5\t百度\t生物研究\t分子结构\n' +
        'BioMedLM\t2022.12\t斯坦福基础模型研究中心\t医疗问答\t文本\n' +
        '华佗 GPT\t2023.6\t深圳市大数据研究院\t健康资讯、就医导诊、情感陪伴\t多模态\n' +
        '京医千询\t2023.7\t京东健康\t辅助诊疗\t',
      796,
    );
    const stated = readTable(g, 1, ctx()).attributes.filter((a) => a.attribute === 'modality').map((a) => `L${a.line} ${a.model} ${a.modality} «${a.printed}»`);
    expect(stated).toEqual(['L797 pangu-drug multimodal «文本、图像、化学结构»', 'L799 biomedlm text «文本»', 'L800 huatuogpt multimodal «多模态»']);
  });

  it('reads models across the header and benchmarks down the rows (图 4, 天风)', () => {
    const g = grid(
      '\tGemini Ultra\tGemini Pro\tGPT-4\n' +
        'MMLU Multiple-choice questions in 57 subjects (professional & academic) (Hendrycks et al., 2021a)\t90.04% CoT@32*\t79.13% CoT@8*\t87.29% CoT@32 (via API**)\n' +
        'MATH Math problems across 5 difficulty levels & 7 subdisciplines (Hendrycks et al., 2021b)\t53.2% 4-shot\t32.6% 4-shot\t52.9% 4-shot (via API**)',
      184,
    );
    expect(scores(g)).toEqual([
      'L185 gemini-ultra mmlu 90.04% CoT@32',
      'L185 gemini-pro mmlu 79.13% CoT@8',
      'L185 gpt-4 mmlu 87.29% CoT@32 (via API)',
      'L186 gemini-ultra math 53.2% 4-shot',
      'L186 gemini-pro math 32.6% 4-shot',
      'L186 gpt-4 math 52.9% 4-shot (via API)',
    ]);
  });

  it('reads a series or vendor column as the one model of it the lead paragraph names (图 32, 天风 L532–539)', () => {
    const g = grid('\tabab6\tabab5.5\tClaude\tMistral\tGPT-3.5\tGPT-4\nMT-Bench\t8.61\t6.63\t8.18\t8.61\t8.39\t9.32', 536);
    const lead = '从测评数据来看，在指令遵从、中文综合能力和英文综合能力上，abab6 大幅超过了 GPT-3.5；和 Claude 2.1 相比，abab6 也在指令遵从、中文综合能力和英文综合能力上略胜一筹；相较于 Mistral 的商用版本 Mistral-Medium，abab6 在指令遵从和中文综合能力上都优于 Mistral-Medium。';
    expect(scores(g, ctx({ lead })).map((x) => x.split(' ')[1])).toEqual(['abab6', 'abab5-5', 'claude-2-1', 'mistral-medium', 'gpt-3-5', 'gpt-4']);
    // Without that paragraph the columns are what they print: the series, and a vendor name as an unknown model.
    expect(scores(g).map((x) => x.split(' ')[1])).toEqual(['abab6', 'abab5-5', 'claude', 'Mistral', 'gpt-3-5', 'gpt-4']);
    // A paragraph that names the series itself, or two of its models, leaves the column alone.
    expect(scores(g, ctx({ lead: 'Claude 系列中，Claude 2.1 表现最好。' }))[2]).toContain(' claude mt-bench');
    expect(scores(g, ctx({ lead: '和 Claude 2.1、Claude 2 相比' }))[2]).toContain(' claude mt-bench');
  });

  it('gives a row of tuned-variant scores to each model\'s Instruct/Chat variant, or marks it (图 9, 天风 L260–267)', () => {
    const g = grid('\tLLaMA 2 70B\tGPT-3.5\tMixtral 8x7B\nGSM-8K (5-shot)\t53.6%\t57.1%\t58.4%\nMT Bench (for Instruct Models)\t6.86\t8.32\t8.30', 260);
    expect(scores(g)).toEqual([
      'L261 llama-2-70b gsm8k 53.6% 5-shot',
      'L261 gpt-3-5 gsm8k 57.1% 5-shot',
      'L261 mixtral-8x7b gsm8k 58.4% 5-shot',
      'L262 llama-2-70b-chat mt-bench 6.86score -',
      // The registry knows no GPT-3.5 Instruct: the score stays with GPT-3.5, never ranked with its base scores.
      'L262 gpt-3-5 mt-bench 8.32score for Instruct Models',
      'L262 mixtral-8x7b-instruct mt-bench 8.3score -',
    ]);
  });

  it('composes a two-level header ("Gemini" over "1.0 Pro") and reads the benchmark column', () => {
    const g = grid('Capability\tBenchmark\tGemini\t\t\n\t\t1.0 Pro\t1.0 Ultra\t1.5 Pro\nMath, Science & Reasoning\tHellaswag (Zellers et al., 2019)\t84.7% 10-shot\t87.8% 10-shot\t92.5% 10-shot', 209);
    expect(scores(g)).toEqual(['L211 gemini-pro hellaswag 84.7% 10-shot', 'L211 gemini-ultra hellaswag 87.8% 10-shot', 'L211 gemini-1-5-pro hellaswag 92.5% 10-shot']);
  });

  it('reads models down the rows with settings in the row label, skipping "—" and ratio rows', () => {
    const g = grid('\tMCMLE\tUSMLE\nBaichuan3\t85.76\t80.2\nGPT-3.5 (5 shot)\t52.92\t53.57\nGPT-4 (Med-prompt)\t-\t90.20\nBaichuan 3/GPT-4\t1.15\t0.99', 564);
    expect(scores(g)).toEqual(['L565 baichuan-3 mcmle 85.76 -', 'L565 baichuan-3 usmle 80.2 -', 'L566 gpt-3-5 mcmle 52.92 5 shot', 'L566 gpt-3-5 usmle 53.57 5 shot', 'L567 gpt-4 usmle 90.2 Med-prompt']);
  });

  it('takes the model named inside a cell, as in "70.7% 5-shot U-PaLM [44]"', () => {
    const g = grid(
      '\tGPT-4 Evaluated few-shot\tLM SOTA Best external LM evaluated few-shot\n' +
        'MMLU [43] Multiple-choice questions in 57 subjects\t86.4% 5-shot\t70.7% 5-shot U-PaLM [44]\n' +
        'HellaSwag [46] Commonsense reasoning around everyday events\t95.3% 10-shot\t84.2% LLaMA (validation set) [28]',
      572,
    );
    expect(scores(g)).toEqual(['L573 gpt-4 mmlu 86.4% 5-shot', 'L573 u-palm mmlu 70.7% 5-shot', 'L574 gpt-4 hellaswag 95.3% 10-shot', 'L574 llama hellaswag 84.2% (validation set)']);
  });

  it('reads a metric under a dataset as metric with the dataset as setting, beside the row\'s own setting (VideoPoet)', () => {
    const g = grid('Model\tMSR-VTT\t\tUCF-101\t\n\tCLIPSIM\tFVD\tFVD\tIS\nVideoPoet (Pretrain)\t0.3049\t213\t355\t38.44\nVideoPoet (Task adapt)\t0.3123\t-\t-\t-', 648);
    expect(scores(g)).toEqual([
      'L650 videopoet clipsim 0.3049CLIPSIM Pretrain; MSR-VTT',
      'L650 videopoet fvd 213FVD Pretrain; MSR-VTT',
      'L650 videopoet fvd 355FVD Pretrain; UCF-101',
      'L650 videopoet inception-score 38.44IS Pretrain; UCF-101',
      'L651 videopoet clipsim 0.3123CLIPSIM Task adapt; MSR-VTT',
    ]);
  });

  it('gives a row named "Ours" to the model the caption is about', () => {
    const g = grid('\tSSIM ↑\tFVD ↓\nMRAA[37]\t0.749\t253.6\nOurs\t0.931\t81.6', 720);
    expect(scores(g, ctx({ caption: '图 48：Animate Anyone 时装视频合成测试结果' }))).toEqual(['L721 mraa ssim 0.749SSIM -', 'L721 mraa fvd 253.6FVD -', 'L722 animate-anyone ssim 0.931SSIM -', 'L722 animate-anyone fvd 81.6FVD -']);
  });

  it('tells a second row of one model apart by its printed label ("DreamPose*" under "DreamPose[19]", 图 48)', () => {
    const g = grid('\tSSIM ↑\tFVD ↓\nDreamPose[19]\t0.885\t238.7\nDreamPose*\t0.879\t279.6', 723);
    expect(scores(g)).toEqual(['L724 dreampose ssim 0.885SSIM -', 'L724 dreampose fvd 238.7FVD -', 'L725 dreampose ssim 0.879SSIM DreamPose*', 'L725 dreampose fvd 279.6FVD DreamPose*']);
    // A label with its own setting is told apart by it.
    expect(scores(grid('\tUSMLE\nGPT-4\t86.1\nGPT-4 (Med-prompt)\t90.20', 566))).toEqual(['L567 gpt-4 usmle 86.1 -', 'L568 gpt-4 usmle 90.2 Med-prompt']);
  });

  it('reads sub-scores of a benchmark named under the table ("AlignBench 2023"); its 总分 column is the benchmark\'s own score', () => {
    const g = grid('对齐能力 (中文)\t\t\n\t专业能力\t总分\nGPT-4\t7.94\t7.53\nGLM-4\t8.91\t7.88', 357);
    expect(scores(g, ctx({ footer: 'AlignBench 2023' }))).toEqual([
      'L359 gpt-4 alignbench 7.94score 专业能力',
      'L359 gpt-4 alignbench 7.53score -',
      'L360 glm-4 alignbench 8.91score 专业能力',
      'L360 glm-4 alignbench 7.88score -',
    ]);
  });

  it('keeps a score column under an unknown name as a provisional model and lists the name', () => {
    const g = grid('\tabab6\tMistral\tGPT-4\nIFEval\t0.67\t0.56\t0.75', 536);
    const f = readTable(g, 1, ctx());
    expect(f.results.map((r) => `${r.model || r.modelName} ${r.value}`)).toEqual(['abab6 0.67', 'Mistral 0.56', 'gpt-4 0.75']);
    expect(f.unknown).toEqual([{ name: 'Mistral', line: 536 }]);
  });

  it('reads release dates and parameter counts from attribute columns (发布时间, 参数量)', () => {
    const g = grid('模型\t发布时间\tOpenAI内部称号\t参数量\nGPT-3\t2020年3月\tDavinci\t1750亿\nGPT-3.5\t2022年7月\tcode-davinci-002\t大于1750亿\nGPT-4\t2023年3月\t\t10万亿 (非官方估计)', 430);
    const f = readTable(g, 1, ctx());
    expect(f.attributes.map((a) => `${a.model} ${a.attribute} ${a.printed} ${a.qualifier ?? ''}`)).toEqual([
      'gpt-3 releaseDate 2020年3月 ',
      'gpt-3 parameters 1750亿 ',
      'gpt-3-5 releaseDate 2022年7月 ',
      // A member of the row model's family named in another cell shares its date (Davinci is GPT-3 itself).
      'code-davinci-002 releaseDate 2022年7月 ',
      'gpt-3-5 parameters 大于1750亿 more-than',
      'gpt-4 releaseDate 2023年3月 ',
      'gpt-4 parameters 10万亿 (非官方估计) estimate',
    ]);
  });

  it('reads a series row above its later members as the first model (registry firstMember: GPT → GPT-1, 天风 004 L431)', () => {
    const g = grid('模型\t发布时间\t参数量\nGPT\t2018年6月\t1.17亿\nGPT-2\t2019年2月\t15亿\nGPT-3\t2020年3月\t1750亿', 430);
    expect(readTable(g, 1, ctx()).attributes.map((a) => `${a.model} ${a.printed}`)).toEqual(['gpt-1 2018年6月', 'gpt-1 1.17亿', 'gpt-2 2019年2月', 'gpt-2 15亿', 'gpt-3 2020年3月', 'gpt-3 1750亿']);
    // Alone, or among other vendors' models, the row is the series.
    const alone = grid('模型\t发布时间\nGPT\t2018年6月\nLLaMA\t2023年2月', 430);
    expect(readTable(alone, 1, ctx()).attributes.map((a) => `${a.model} ${a.printed}`)).toEqual(['gpt 2018年6月', 'llama 2023年2月']);
  });

  it('dates a family member only when its cell is the name alone', () => {
    const g = grid('模型\t发布时间\t说明\nGPT-4\t2023年3月\tGPT-4 Turbo 等后续版本\nGPT-3.5\t2022年7月\tcode-davinci-002', 430);
    expect(readTable(g, 1, ctx()).attributes.map((a) => `${a.model} ${a.printed}`)).toEqual(['gpt-4 2023年3月', 'gpt-3-5 2022年7月', 'code-davinci-002 2022年7月']);
  });

  it('gives models stacked in one label cell one row each, and reads a suite total column (图 25, 天风)', () => {
    const g = grid(
      'Model\tBoolQ\tCB\tCOPA\tMultiRC\tReCoRD\tRTE\tWiC\tWSC\tScore\n' +
        'Human Baseline\t89.0\t95.8/98.9\t100\t81.8/51.9\t91.7/91.3\t93.6\t80.0\t100\t89.8\n' +
        'T5+Menna DeBERTa\t91.4\t95.8/97.6\t98.0\t88.3/63.0\t94.2/93.5\t93.0\t77.9\t96.6\t90.4\n' +
        '\t90.4\t95.7/97.6\t98.4\t88.2/63.7\t94.5/94.1\t93.2\t77.5\t95.9\t90.3\n' +
        'ERNIE 3.0\t91.0\t98.6/99.2\t97.4\t88.6/63.2\t94.7/94.2\t92.6\t77.4\t97.3\t90.6',
      472,
    );
    const got = scores(g);
    expect(got.filter((s) => s.includes(' boolq ') || s.includes(' superglue '))).toEqual([
      'L474 transformer-t5-meena boolq 91.4 -',
      'L474 transformer-t5-meena superglue 90.4 -',
      'L475 deberta boolq 90.4 -',
      'L475 deberta superglue 90.3 -',
      'L476 ernie-3 boolq 91 -',
      'L476 ernie-3 superglue 90.6 -',
    ]);
    expect(got.filter((s) => s.startsWith('L475')).every((s) => s.includes(' deberta '))).toBe(true);
  });

  it('keeps a "Score" column unread when the other columns are not tasks of one suite, or only some of them', () => {
    const g = grid('Model\tMMLU\tGSM8K\tScore\nGPT-4\t86.4\t92.0\t89.2', 10);
    expect(scores(g)).toEqual(['L11 gpt-4 mmlu 86.4 -', 'L11 gpt-4 gsm8k 92 -']);
    // An average of two SuperGLUE tasks is not a SuperGLUE score.
    expect(scores(grid('Model\tBoolQ\tCOPA\tAvg\nERNIE 3.0\t91.0\t97.4\t94.2', 10))).toEqual(['L11 ernie-3 boolq 91 -', 'L11 ernie-3 copa 97.4 -']);
  });

  it('reads a size the registry does not know ("LLaMA 2 13B 5-shot", "Llama 3 400B") as a model of its own in the family, or the sized model the registry has', () => {
    const g = grid('\tMMLU\nLLaMA 2 13B 5-shot\t54.8\nLLaMA 2 70B 5-shot\t68.9', 20);
    expect(scores(g)).toEqual(['L21 LLaMA 2 13B mmlu 54.8 5-shot', 'L22 llama-2-70b mmlu 68.9 5-shot']);
    const facts = readTable(g, 1, ctx());
    expect(facts.results[0]).toMatchObject({ model: '', modelName: 'LLaMA 2 13B', modelBase: 'llama-2' });
    expect(facts.unknown).toEqual([{ name: 'LLaMA 2 13B', line: 21 }]);
    // Across the header too (a column of Meta's unreleased model, 中信-style 图表 3).
    const cols = readTable(grid('评测集\tGPT-4o\tLlama 3 400B\nMMLU (%)\t88.7\t86.1\nGPQA\t53.6\t48.0', 40), 1, ctx()).results;
    expect(cols.map((r) => `${r.model || `${r.modelName} (${r.modelBase})`} ${r.benchmark} ${r.value}`)).toEqual(['gpt-4o mmlu 88.7', 'Llama 3 400B (llama-3) mmlu 86.1', 'gpt-4o gpqa 53.6', 'Llama 3 400B (llama-3) gpqa 48']);
  });

  it('reads a table of models the registry does not know as provisional models, either way round, and not sizes or vendors as models', () => {
    const named = (g: Grid) => readTable(g, 1, ctx()).results.map((r) => `${r.model || `${r.modelName} (${r.modelBase ?? r.modelVendor ?? '-'})`} ${r.benchmark} ${r.value}`);
    // 招商-style 表 1: a DeepSeek-V3 technical-report table, every column a version the registry lacks.
    expect(named(grid('Benchmark (Metric)\tDeepSeek-V3\tGPT-4o-0513\nMMLU (EM)\t88.5\t87.2\nC-Eval (EM)\t86.5\t76.0', 43))).toEqual([
      'DeepSeek-V3 (deepseek) mmlu 88.5',
      'GPT-4o-0513 (gpt-4o) mmlu 87.2',
      'DeepSeek-V3 (deepseek) c-eval 86.5',
      'GPT-4o-0513 (gpt-4o) c-eval 76',
    ]);
    expect(named(grid('模型\tMMLU\tGSM8K\nFooLM-7B\t55.1\t40.2\nBarLM-13B\t60.3\t50.2'))).toEqual(['FooLM-7B (-) mmlu 55.1', 'FooLM-7B (-) gsm8k 40.2', 'BarLM-13B (-) mmlu 60.3', 'BarLM-13B (-) gsm8k 50.2']);
    // One new name is not a table of models; nor are vendors' names alone.
    expect(named(grid('模型\tMMLU\tGSM8K\nFooLM-7B\t55.1\t40.2'))).toEqual([]);
    expect(named(grid('\tOpenAI\tAnthropic\nMMLU\t88.7\t86.8\nGSM8K\t92.0\t95.0'))).toEqual([]);
  });

  it('reads an unknown name with a known model in brackets as that model ("Moonshot(Kimi)", SuperCLUE-style leaderboard)', () => {
    expect(scores(grid('排名\t模型\t总分\n7\tBaichuan3\t68.54\n8\tMoonshot(Kimi)\t68.51', 60), ctx({ caption: '图 8 SuperCLUE 中文大模型综合测评' }))).toEqual(['L61 baichuan-3 superclue 68.54score -', 'L62 kimi superclue 68.51score -']);
    // A Chinese name with a version the registry does not know is that version, in the family (not 通义千问 itself).
    const facts = readTable(grid('排名\t模型\t总分\n5\t通义千问 2.1\t70.71\n7\tBaichuan3\t68.54', 64), 1, ctx({ caption: '图 8 SuperCLUE 中文大模型综合测评' }));
    expect(facts.results.map((r) => `${r.model || `${r.modelName} (${r.modelBase})`} ${r.value}`)).toEqual(['通义千问 2.1 (qwen) 70.71', 'baichuan-3 68.54']);
  });

  it('leaves a single model label over one row as it is, and does not split a label over rows that have labels', () => {
    const g = grid('Model\tBoolQ\tCB\nT5+Menna DeBERTa\t91.4\t95.8\nERNIE 3.0\t91.0\t98.6', 472);
    expect(scores(g).filter((s) => s.startsWith('L474')).some((s) => s.includes(' deberta '))).toBe(false);
  });

  it('takes the setting at the end of a benchmark description, not the description ("… problems 0-shot")', () => {
    const g = grid(
      'Capability\tBenchmark\tGemini\t\t\n\t\t1.0 Pro\t1.0 Ultra\t1.5 Pro\n' +
        'Image Understanding\tMMMU (val) Multi-discipline college-level problems 0-shot (Yue et al., 2023)\t47.9%\t59.4%\t58.5%\n' +
        '\tAi2D (test) Science diagrams 0-shot (Kemhavi et al., 2016)\t73.9%\t79.5%\t80.3%',
      228,
    );
    expect(scores(g)).toEqual([
      'L230 gemini-pro mmmu 47.9% 0-shot',
      'L230 gemini-ultra mmmu 59.4% 0-shot',
      'L230 gemini-1-5-pro mmmu 58.5% 0-shot',
      'L231 gemini-pro ai2d 73.9% 0-shot',
      'L231 gemini-ultra ai2d 79.5% 0-shot',
      'L231 gemini-1-5-pro ai2d 80.3% 0-shot',
    ]);
  });

  it('gives a metric column the dataset and setting named in the title line above the table (图 39, 天风)', () => {
    const g = grid('Method\tFVD (↓)\nCogVideo (EN) [43]\t701.59\nMake-A-Video [82]\t367.23\nSVD (ours)\t242.02', 619);
    const title = 'Table 2. UCF-101 zero-shot text-to-video generation. Comparing our base model to baselines (numbers from literature).';
    expect(scores(g, ctx({ title, caption: '图 39: SVD 定量比较效果' }))).toEqual([
      'L620 cogvideo fvd 701.59FVD EN; UCF-101 zero-shot',
      'L621 make-a-video fvd 367.23FVD UCF-101 zero-shot',
      'L622 stable-video-diffusion fvd 242.02FVD UCF-101 zero-shot',
    ]);
    // Without a title the table names no dataset, and none is invented.
    expect(scores(g, ctx({ caption: '图 39: SVD 定量比较效果' }))[1]).toBe('L621 make-a-video fvd 367.23FVD -');
  });

  it('marks several sizes of one model in one table as variants, not disagreement', () => {
    const g = grid('\tParams\tContext Length\nLLAMA 2\t7B\t4k\n\t13B\t4k\n\t70B\t4k', 390);
    const attrs = readTable(g, 1, ctx()).attributes;
    expect(attrs.filter((a) => a.attribute === 'parameters').map((a) => `${a.model} ${a.printed} ${a.variant}`)).toEqual(['llama-2 7B 7B', 'llama-2 13B 13B', 'llama-2 70B 70B']);
    expect(attrs.filter((a) => a.attribute === 'contextWindow').map((a) => `${a.printed} ${a.variant ?? '-'}`)).toEqual(['4k -', '4k -', '4k -']);
  });
});

describe('settingsFromCaptions', () => {
  const score = (table: number, caption: string, model: string, benchmark: string, value: number, setting: string | null = null): TableScore => ({
    result: { model, benchmark, value, unit: '', setting, printed: String(value), line: table + 1 },
    table,
    caption,
  });
  it('names two tables of the same comparison under two conditions by their captions (图 48, 图 49, 天风)', () => {
    const fashion = 'Animate Anyone 时装视频合成测试结果';
    const dance = 'Animate Anyone 舞蹈视频合成测试结果';
    const xs = [
      score(717, fashion, 'animate-anyone', 'ssim', 0.931),
      score(717, fashion, 'animate-anyone', 'fvd', 81.6),
      score(717, fashion, 'tpsmm', 'ssim', 0.746),
      score(717, fashion, 'bdmm', 'ssim', 0.918),
      score(730, dance, 'animate-anyone', 'ssim', 0.718),
      score(730, dance, 'animate-anyone', 'fvd', 171.9),
      score(730, dance, 'tpsmm', 'ssim', 0.673),
      score(730, dance, 'disco', 'ssim', 0.668, 'reported'),
    ];
    settingsFromCaptions(xs);
    expect(xs.map((x) => x.result.setting)).toEqual([fashion, fashion, fashion, fashion, dance, dance, dance, 'reported']);
  });
  it('leaves one differing score between tables as a disagreement, and tables with one caption alone', () => {
    const xs = [
      score(259, 'Mixtral 8x7B 标化测试结果', 'gpt-3-5', 'mt-bench', 8.32),
      score(259, 'Mixtral 8x7B 标化测试结果', 'gpt-3-5', 'mmlu', 70),
      score(530, 'abab6 测评数据', 'gpt-3-5', 'mt-bench', 8.39),
      score(530, 'abab6 测评数据', 'gpt-3-5', 'mmlu', 70),
      score(900, 'same', 'm', 'b1', 1),
      score(900, 'same', 'm', 'b2', 2),
      score(950, 'same', 'm', 'b1', 3),
      score(950, 'same', 'm', 'b2', 4),
    ];
    settingsFromCaptions(xs);
    expect(xs.map((x) => x.result.setting)).toEqual(Array(8).fill(null));
  });
});

describe('price tables', () => {
  it('reads price cells with their variant and the token count the paragraph above states (华福 002 图表 40)', () => {
    const text = [
      '# 降价',
      '',
      '降价方面，以 1000tokens 为例，GPT-4 Turbo 的输入比 GPT-4 便宜 3 倍。',
      '',
      '图表 40: GPT 大模型降价前后对比',
      '',
      '\t旧模型\t新模型\t成本降幅',
      'GPT-4 Turbo\tGPT-4 8K Input: \\$0.03 Output: \\$0.06\tGPT-4 Turbo 128K Input:\\$0.01 Output: \\$0.03\tInput: 67% Output: 50%',
      '\tGpt-4 32K Input: \\$0.06 Output: \\$0.12\t\t',
      'GPT-3.5 Turbo\tGPT-3.5 Turbo 4K Input: \\$0.0015 Output: \\$0.002\tGPT-3.5 Turbo 16K Input:\\$0.001 Output: \\$0.002\tInput:33% Output: 0%',
      '',
      '数据来源：OpenAI 官网，华福证券研究所',
    ].join('\n');
    const prices = (t: string) =>
      ingestFiles([{ name: 'r.txt', text: t }]).collections.models.flatMap((m) => m.prices.map((p) => `L${p.source.line} ${m.id} ${p.direction} ${p.value}/${p.per} ${p.variant}`));
    expect(prices(text)).toEqual([
      'L10 gpt-3-5-turbo input 0.0015/1000 旧模型: GPT-3.5 Turbo 4K',
      'L10 gpt-3-5-turbo output 0.002/1000 旧模型: GPT-3.5 Turbo 4K',
      'L10 gpt-3-5-turbo input 0.001/1000 新模型: GPT-3.5 Turbo 16K',
      'L10 gpt-3-5-turbo output 0.002/1000 新模型: GPT-3.5 Turbo 16K',
      'L8 gpt-4 input 0.03/1000 旧模型: GPT-4 8K',
      'L8 gpt-4 output 0.06/1000 旧模型: GPT-4 8K',
      'L9 gpt-4 input 0.06/1000 旧模型: Gpt-4 32K',
      'L9 gpt-4 output 0.12/1000 旧模型: Gpt-4 32K',
      'L8 gpt-4-turbo input 0.01/1000 新模型: GPT-4 Turbo 128K',
      'L8 gpt-4-turbo output 0.03/1000 新模型: GPT-4 Turbo 128K',
    ]);
    // A cell spanning two columns is read once; Chinese direction words end the variant.
    const html = ['# 价格', '', '以下价格均为每千 tokens 的价格。', '', '<table><tr><td>模型</td><td>价格</td></tr><tr><td colspan="2">GPT-4 8K 输入：0.03美元 输出：0.06美元</td></tr></table>', ''].join('\n');
    expect(prices(html)).toEqual(['L5 gpt-4 input 0.03/1000 GPT-4 8K', 'L5 gpt-4 output 0.06/1000 GPT-4 8K']);
    // Without a token count anywhere near, a price cell is not read: per what would be a guess.
    expect(prices(text.replace('以 1000tokens 为例，', ''))).toEqual([]);
  });
});

describe('modalityOf', () => {
  const words = reg.wording.modalityWords;
  it('names the modality of one word, multimodal for a list of kinds of data, nothing for words it does not know', () => {
    expect(modalityOf('多模态', words)).toBe('multimodal');
    expect(modalityOf('文本', words)).toBe('text');
    expect(modalityOf('NLP', words)).toBe('text');
    expect(modalityOf('文本、图像', words)).toBe('multimodal');
    expect(modalityOf('分子结构', words)).toBeNull();
    expect(modalityOf('', words)).toBeNull();
  });
});

describe('priceCell', () => {
  it('reads a number with the unit its header or caption states, and nothing else', () => {
    expect(priceCell('0.03', 'Input ($/1K tokens)', '', reg.units.currencies)).toEqual({ value: 0.03, currency: 'USD', per: 1000, direction: 'input' });
    expect(priceCell('5', '输出价格（美元/百万 tokens）', '', reg.units.currencies)).toEqual({ value: 5, currency: 'USD', per: 1000000, direction: 'output' });
    expect(priceCell('0.21', '价格', '讯飞星火价格（元/万 tokens）', reg.units.currencies)).toEqual({ value: 0.21, currency: 'CNY', per: 10000, direction: 'unspecified' });
    expect(priceCell('免费', '输入价格', '（元/千 tokens）', reg.units.currencies)).toBeNull();
    expect(priceCell('0.5', '输入价格', '', reg.units.currencies)).toBeNull();
  });
});
