import { describe, expect, it } from 'vitest';
import { periods, sentenceMarket, type Period } from '../../scripts/pipeline/market-facts.ts';
import { ingestFiles } from '../helpers/corpus.ts';
import { findAmounts, reg, sentence } from '../helpers/sentence.ts';

const names = {
  vendorName: (id: string) => reg.vendors.find((v) => v.id === id)!.name,
  modelVendor: (id: string) => reg.models.find((m) => m.id === id)?.vendor ?? null,
  modelName: (id: string) => reg.models.find((m) => m.id === id)?.name,
};
const market = (t: string, opts: { contextVendors?: string[] } = {}, year = 2024) =>
  sentenceMarket(sentence(t, opts), findAmounts, reg.markets, names, year).map((f) => `${f.kind} | ${f.subject} | ${f.period} | ${f.value}${f.valueMax ? `-${f.valueMax}` : ''}${f.unit} = ${f.normalized} ${f.currency ?? ''}${f.forecast ? ' forecast' : ''}`);

describe('sentenceMarket', () => {
  it('reads the from-value of a change as a figure of its own, actual when its year is past ("从 2023 年的 194 亿美元增长至 2027 年的 1511 亿美元")', () => {
    expect(market('全球 AI 视频生成市场规模预计将从 2023 年的 194 亿美元增长至 2027 年的 1511 亿美元。')).toEqual([
      'market-size | Global AI video generation market size | 2023 | 194亿美元 = 19400000000 USD',
      'market-size | Global AI video generation market size | 2027 | 1511亿美元 = 151100000000 USD forecast',
    ]);
  });

  it('does not take an investor for whose funding or valuation it is ("由阿里巴巴领投", "微软投资 OpenAI")', () => {
    const subjects = (t: string) => sentenceMarket(sentence(t), findAmounts, reg.markets, names, 2024).map((f) => `${f.kind} ${f.subject} ${f.value}`);
    expect(subjects('月之暗面完成新一轮 10 亿美元融资，由阿里巴巴领投，投后估值约 25 亿美元。')).toEqual(['funding Moonshot AI funding 10', 'valuation Moonshot AI valuation 25']);
    expect(subjects('微软投资 OpenAI 100 亿美元。')).toEqual(['funding OpenAI funding 100']);
  });

  it('reads a CAGR printed after its word ("复合增长率为 56.2%", "年均复合增长率超过 100%"), not as a growth rate', () => {
    expect(market('预计 2023-2025 年中国大模型市场规模年均复合增长率超过 100%。')).toEqual(['cagr | China large models CAGR | 2023-2025 | 100% = 1  forecast']);
    expect(market('2022-2027 年全球人工智能市场复合增长率为 56.2%。')).toEqual(['cagr | Global AI CAGR | 2022-2027 | 56.2% = 0.562  forecast']);
    // With no subject but the kind words, the subject is the kind alone.
    expect(market('市场规模复合增长率达 56.2%。')).toEqual(['cagr | CAGR | null | 56.2% = 0.562 ']);
  });

  it('reads market size, CAGR and forecast with region and period', () => {
    expect(market('根据第三方咨询机构格物致胜的统计数据，2022年中国人工智能市场规模达到2058亿元，预计2023-2027年市场规模将保持28.2%的复合增长率，2027年中国人工智能市场规模将达到7119亿元。')).toEqual([
      'market-size | China AI market size | 2022 | 2058亿元 = 205800000000 CNY',
      'cagr | China AI CAGR | 2023-2027 | 28.2% = 0.282  forecast',
      'market-size | China AI market size | 2027 | 7119亿元 = 711900000000 CNY forecast',
    ]);
  });

  it('reads company capex ranges and skips year-on-year changes', () => {
    expect(market('今年会加大 AI 基础设施的投资，2024 年全年的资本支出将在 300 亿至 370 亿美元之间，比之前的上限增加 20 亿美元。', { contextVendors: ['meta'] })).toEqual([
      'capex | Meta capex | 2024 | 300-370亿美元 = 30000000000 USD forecast',
    ]);
    expect(market('2023 年全年资本支出为 484 亿美元，同比下降 102 亿美元。', { contextVendors: ['amazon'] }, 2024)).toEqual(['capex | Amazon capex | 2023 | 484亿美元 = 48400000000 USD']);
  });

  it('names a figure by its most specific kind word: ARR over 收入 (国元 L506–512)', () => {
    const zh = (t: string) => sentenceMarket(sentence(t, { contextVendors: ['openai'] }), findAmounts, reg.markets, names, 2024).map((f) => f.subjectZh);
    const t = 'OpenAI 的 2023 ARR年收入已达16亿美元，相比去年增长56倍，公司估值达1000 亿美元。';
    expect(market(t, { contextVendors: ['openai'] })).toEqual([
      'revenue | OpenAI annualised revenue (ARR) | 2023 | 16亿美元 = 1600000000 USD',
      'growth | OpenAI annualised revenue (ARR) growth | 2023 | 56倍 = 56 ',
      'valuation | OpenAI valuation | 2023 | 1000亿美元 = 100000000000 USD',
    ]);
    // Two Latin words never run together in the Chinese subject.
    expect(zh(t).slice(0, 2)).toEqual(['OpenAI ARR', 'OpenAI ARR增速']);
  });

  it('gives funding to the recipient, not the investor ("获得Google投资3亿美元")', () => {
    expect(market('2023年2月，获得Google投资3亿美元，Google持股10%。', { contextVendors: ['anthropic'] })).toEqual(['funding | Anthropic funding | 2023-02 | 3亿美元 = 300000000 USD']);
  });

  it('keeps a count of funding deals apart from the money, with its counting word, and reads each growth rate as growth of the figure before it (国金 L482)', () => {
    expect(market('2023 年，全球生成式 AI 公司融资额度高达 218 亿美元，同比 22 年提升 4 倍；2023 年全球生成式 AI 公司融资笔数多达 426 笔，同比提升 65.8%。')).toEqual([
      'funding | Global generative AI funding | 2023 | 218亿美元 = 21800000000 USD',
      // "同比 22 年": 2022 is the base of the comparison, not the growth's period.
      'growth | Global generative AI funding growth | 2023 | 4倍 = 4 ',
      'funding | Global generative AI funding deals | 2023 | 426笔 = 426 ',
      'growth | Global generative AI funding deals growth | 2023 | 65.8% = 0.658 ',
    ]);
    // A funding number with neither currency nor counting word is not a figure, nor is an ordinal round.
    expect(market('2023 年全球生成式 AI 公司融资 426。')).toEqual([]);
    expect(market('2023 年该公司完成第 3 轮融资。')).toEqual([]);
  });

  it('names who a user count counts, so a part is not read as another value of the whole (天风 L499)', () => {
    expect(market('自星火大模型发布以来，大模型开发者总数超 35 万，其中企业开发者 22 万，遍布企业服务、教育培训等领域。')).toEqual([
      'users | iFlytek Spark developers | null | 35万 = 350000 ',
      'users | iFlytek Spark enterprise developers | null | 22万 = 220000 ',
    ]);
  });

  it('reads a growth rate of the kind its clause names, a fall as negative, and no rise without a comparison or a kind word', () => {
    // 销售额 is sales (markets.yaml terms), more exact than the kind's "revenue".
    expect(market('讯飞 AI 硬件在 2023 年“双 11”全周期销售额同比增长 126%。', { contextVendors: ['iflytek'] })).toEqual(['growth | iFlytek AI hardware sales growth | 2023 | 126% = 1.26 ']);
    expect(market('微软 Azure 和其他云服务收入分别增长了 30%和 28%（固定汇率）。')).toEqual(['growth | Microsoft Azure revenue growth | null | 30% = 0.3 ']);
    expect(market('2023 年亚马逊营收同比下降 5%。')).toEqual(['growth | Amazon revenue growth | 2023 | 5% = -0.05 ']);
    expect(market('OpenAI 的 2023 ARR年收入已达16亿美元，相比去年增长56倍。')).toEqual(['revenue | OpenAI annualised revenue (ARR) | 2023 | 16亿美元 = 1600000000 USD', 'growth | OpenAI annualised revenue (ARR) growth | 2023 | 56倍 = 56 ']);
    // A rise of something else is no market figure.
    expect(market('GPT-4 的推理性能提升 30%，上下文长度增长 4 倍。')).toEqual([]);
  });

  it('names the users by what stands between the count and its people ("53,000 个 Azure AI 客户", 天风 L786)', () => {
    expect(market('目前共有 53,000 个 Azure AI 客户，超过三分之一的人是过去 12 个月中刚接触。', { contextVendors: ['microsoft'] })).toEqual(['users | Azure AI customers | 2024 | 53000 = 53000 ']);
    expect(market('多邻国每个月有超过5000万学习者使用其学习第二语言。')).toEqual(['users | Duolingo learners | null | 5000万 = 50000000 ']);
    // A lower bound keeps its word in what is printed, and says so.
    const [bound] = sentenceMarket(sentence('自星火大模型发布以来，大模型开发者总数超 35 万。', {}), findAmounts, reg.markets, names, 2024);
    expect([bound!.qualifier, bound!.printed]).toEqual(['more-than', '超 35 万']);
    // A region word there is no owner: the entity stays.
    expect(market('ChatGPT 拥有 1.8 亿全球月活用户。')).toEqual(['users | ChatGPT monthly active users | null | 1.8亿 = 180000000 ']);
  });

  it('reads user counts written with Chinese numerals, and leaves prices and parameters alone', () => {
    expect(market('ChatGPT目前月活用户突破一亿，是当之无愧的近期炙手可热的新一代人工智能产品。')).toEqual(['users | ChatGPT monthly active users | 2024 | 1亿 = 100000000 ']);
    expect(market('Opus 的价格目前每百万 tokens 输入 15 美元，输出 75 美元')).toEqual([]);
    expect(market('GPT-3的模型参数量增加到1750亿')).toEqual([]);
  });

  describe('periods', () => {
    it('reads year ranges, quarters, months, years, fiscal years, "2023 ARR年" and two-digit years', () => {
      expect(periods('2023-2027年 2023Q4 2023年2月 2024 年 2021 财年 2023 ARR年收入 22 年').map((p) => p.value)).toEqual(['2023-2027', '2023Q4', '2023-02', '2024', '2021', '2023', '2022']);
      // A full date is not a month period: its day would be lost.
      expect(periods('2023年2月15日').map((p) => p.value)).toEqual(['2023']);
      // A bare year before a quoted occasion (国金 L597 "在 2023 “双 11” 全周期"); a bare number elsewhere is no year.
      expect(periods('在 2023 “双 11” 全周期销售额同比增长 126%').map((p) => p.value)).toEqual(['2023']);
      expect(periods('共 2023 个模型').map((p) => p.value)).toEqual([]);
      expect(periods('营收 12023 “元”，已有 1900 “小巨人”企业，共 2000 "AI" 应用').map((p) => p.value)).toEqual([]);
    });
  });

  it('dates a figure by the period that opens its paragraph, and "目前" by the report year when nothing else dates it', () => {
    const frame: { period: Period | null } = { period: null };
    const read = (t: string) => sentenceMarket(sentence(t, { contextVendors: ['microsoft'] }), findAmounts, reg.markets, names, 2024, frame).map((f) => `${f.kind} ${f.value} ${f.period}`);
    expect(read('2023Q2 微软 CAPEX 创 2021 财年以来新高，预计 Q3 资本支出将环比大幅增加。')).toEqual([]);
    expect(read('目前共有 53,000 个 Azure AI 客户，超过三分之一的人是过去 12 个月中刚接触。')).toEqual(['users 53000 2023Q2']);
    // A period inside a sentence dates that sentence only; "目前" then means the report's year.
    const other: { period: Period | null } = { period: null };
    const read2 = (t: string) => sentenceMarket(sentence(t), findAmounts, reg.markets, names, 2023, other).map((f) => `${f.kind} ${f.value} ${f.period}`);
    expect(read2('ChatGPT是2022年底由美国人工智能实验室OpenAI发布的大型对话式自然语言处理模型。')).toEqual([]);
    expect(read2('ChatGPT目前月活用户突破一亿。')).toEqual(['users 1 2023']);
    expect(read2('ChatGPT月活用户突破一亿。')).toEqual(['users 1 null']);
  });
});

// Sentences in the house styles of reports the pipeline was not built on (2024 reports on overseas LLMs, the
// API price war, AI video and domestic LLMs): each pins a rule that no seed report exercises.
describe('sentenceMarket on reports it was not built on', () => {
  const subjects = (t: string, opts: { contextVendors?: string[]; reportDate?: string } = {}) =>
    sentenceMarket(sentence(t, opts), findAmounts, reg.markets, names, 2024).map((f) => `${f.kind} | ${f.subject} | ${f.period} | ${f.value}${f.valueMax ? `-${f.valueMax}` : ''}${f.unit}${f.forecast ? ' forecast' : ''}${f.entity ? ` @${f.entity}` : ''}`);

  it('reads spending and output value as market sizes, but 资本支出 stays capex; a CAGR dated by its end year runs from the year the sentence starts from', () => {
    expect(subjects('据 IDC 预测，全球生成式 AI 支出将从 2023 年的 194 亿美元增长至 2027 年的 1511 亿美元，年复合增长率达 86.1%。')).toEqual([
      'market-size | Global generative AI spending | 2023 | 194亿美元',
      'market-size | Global generative AI spending | 2027 | 1511亿美元 forecast',
      'cagr | Global generative AI CAGR | 2023-2027 | 86.1% forecast',
    ]);
    expect(subjects('2023 年全年资本支出为 484 亿美元。', { contextVendors: ['amazon'] })).toEqual(['capex | Amazon capex | 2023 | 484亿美元 @amazon']);
  });

  it('reads shipments by their counting word, and a sentence opened by a forecast forecasts all it states', () => {
    expect(subjects('据 TrendForce 预测，2024 年全球 AI 服务器出货量将达 167 万台，同比增长 41.5%；AI 服务器产值约 1870 亿美元，同比增长 69%，占服务器总产值的 65%。')).toEqual([
      'shipments | Global AI servers shipments | 2024 | 167万台 forecast',
      'growth | Global AI servers shipments growth | 2024 | 41.5% forecast',
      'market-size | Global AI servers output value | 2024 | 1870亿美元 forecast',
      'growth | Global AI servers output value growth | 2024 | 69% forecast',
    ]);
    // A count of things with no shipments word is no figure (GPUs a company owns).
    expect(subjects('Meta 预计到 2024 年底会拥有约 35 万台 H100。')).toEqual([]);
  });

  it('reads a total over the companies its clause lists, or over its topic, never as one company\'s figure', () => {
    expect(subjects('2024Q1 微软、谷歌、Meta、亚马逊四家云厂商资本开支合计 447 亿美元，同比增长 30.3%；其中亚马逊资本开支 149 亿美元。')).toEqual([
      'capex | Microsoft, Google, Meta, Amazon total capex | 2024Q1 | 447亿美元',
      'growth | Microsoft, Google, Meta, Amazon total capex growth | 2024Q1 | 30.3%',
      'capex | Amazon capex | 2024Q1 | 149亿美元 @amazon',
    ]);
    // The paragraph is about Moonshot AI; the total is not.
    expect(subjects('海外四大云厂商 2024Q1 资本开支合计 447 亿美元，同比增长 30.3%。', { contextVendors: ['moonshot-ai'] })).toEqual([
      'capex | Overseas cloud providers total capex | 2024Q1 | 447亿美元',
      'growth | Overseas cloud providers total capex growth | 2024Q1 | 30.3%',
    ]);
  });

  it('gives a region\'s market named with its topic to no company the paragraph is about', () => {
    expect(subjects('截至 2023 年 12 月，我国短视频用户规模达 10.53 亿人，占网民整体的 96.4%。', { contextVendors: ['kuaishou'] })).toEqual(['users | China short video users | 2023-12 | 10.53亿']);
  });

  it('dates a fiscal quarter as printed, and does not take a fiscal year ahead of the calendar for a forecast', () => {
    expect(subjects('英伟达 FY2025Q1 数据中心业务收入达 226 亿美元，同比增长 427%。')).toEqual(['revenue | NVIDIA revenue | FY2025Q1 | 226亿美元 @nvidia', 'growth | NVIDIA revenue growth | FY2025Q1 | 427% @nvidia']);
    expect(periods('FY2025Q1 FY 2026 FY2024H2').map((p) => `${p.value} ${p.year}`)).toEqual(['FY2025Q1 2025', 'FY2026 2026', 'FY2024H2 2024']);
  });

  it('gives funding to whom it is given 向 (其: the one named so before), and takes company guidance for a forecast', () => {
    expect(subjects('融资方面，亚马逊累计向 Anthropic 投资 40 亿美元，谷歌承诺向其投资 20 亿美元。')).toEqual(['funding | Anthropic funding | null | 40亿美元 @anthropic', 'funding | Anthropic funding | null | 20亿美元 @anthropic']);
    expect(subjects('Meta 将 2024 年资本开支指引上调至 350-400 亿美元。')).toEqual(['capex | Meta capex | 2024 | 350-400亿美元 forecast @meta']);
  });

  it('reads the value a change starts from ("较 2023 年底的 16 亿美元翻倍"), whose year dates no figure of a later clause', () => {
    expect(subjects('OpenAI 年化收入已达到 34 亿美元，较 2023 年底的 16 亿美元翻倍；ChatGPT 周活跃用户数超过 1 亿。')).toEqual([
      'revenue | OpenAI annualised revenue | null | 34亿美元 @openai',
      'revenue | OpenAI annualised revenue | 2023 | 16亿美元 @openai',
      'users | ChatGPT weekly active users | null | 1亿 @openai',
    ]);
  });

  it('names visits and members, and dates "截至 5 月" by the report\'s date', () => {
    expect(subjects('据 AI 产品榜数据，2024 年 5 月 Kimi 月访问量达 2004 万，环比增长 60%。')).toEqual(['users | Kimi monthly visits | 2024-05 | 2004万 @moonshot-ai', 'growth | Kimi monthly visits growth | 2024-05 | 60% @moonshot-ai']);
    expect(subjects('截至 5 月，豆包 APP 月活用户数已超过 2600 万，日均处理 1200 亿 tokens 文本。', { reportDate: '2024-06-20' })).toEqual(['users | Doubao monthly active users | 2024-05 | 2600万 @bytedance']);
    // In a report of January, May is last year's.
    expect(subjects('截至 5 月，豆包 APP 月活用户数已超过 2600 万。', { reportDate: '2025-01-10' })).toEqual(['users | Doubao monthly active users | 2024-05 | 2600万 @bytedance']);
    expect(subjects('Midjourney Discord 社区成员超过 2000 万。')).toEqual(['users | Midjourney Inc. members | null | 2000万 @midjourney-inc']);
  });
});

describe('market figures of a whole report', () => {
  it('drops a caption that repeats a figure the text states, and keeps one that stands alone (天风 L499–L501)', () => {
    const body = '讯飞 AI 应用生态增长迅猛。自星火大模型发布以来，大模型开发者总数超 35 万，其中企业开发者 22 万，遍布企业服务、教育培训等领域。';
    const text = (caption: string) => `# 讯飞\n\n${body}\n\n${caption}\n\n资料来源：讯飞开放平台公众号，天风证券研究所\n`;
    const figures = (caption: string) =>
      ingestFiles([{ name: 'r.txt', text: text(caption) }]).collections.marketFigures.map((f) => `${f.source.line} ${f.subject} ${f.value}${f.unit}`);
    expect(figures('图 28：讯飞大模型总开发者总数超 35 万')).toEqual(['3 iFlytek Spark developers 35万', '3 iFlytek Spark enterprise developers 22万']);
    expect(figures('图 28：讯飞大模型总开发者总数超 40 万')).toEqual(['3 iFlytek Spark developers 35万', '3 iFlytek Spark enterprise developers 22万', '5 iFlytek developers 40万']);
  });
});
