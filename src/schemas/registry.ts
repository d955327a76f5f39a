import { z } from 'zod';
import { marketKindSchema } from './market-figure.ts';
import { modalitySchema } from './model.ts';

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lowercase slugs: letters, digits and hyphens');

/**
 * Registry entries are strict: an unknown key is an error, which catches misspelt keys and the YAML
 * trap of an unquoted comma in a flow mapping (`name: Institute of Automation, CAS` makes a key "CAS").
 */

/** A model in the curated registry (`content/registry/models.yaml`). */
export const registryModelSchema = z.strictObject({
  /** Stable URL slug. */
  id: slug,
  /** Canonical name. */
  name: z.string(),
  /** Chinese name. */
  zh: z.string().optional(),
  /** Other spellings; matched ignoring case, spaces, hyphens and dots-before-zero. */
  aliases: z.array(z.string()).default([]),
  /** Spellings that only match with exactly this case (e.g. SAM, not "Sam Altman"). */
  exact: z.array(z.string()).default([]),
  /** Vendor id from vendors.yaml. */
  vendor: slug.optional(),
  /** Family model id from this file. */
  family: slug.optional(),
  /** What it works on. */
  modality: modalitySchema.default('text'),
  /** Open weights? Leave out when unknown. */
  open: z.boolean().optional(),
  /**
   * For a series named like its first model ("GPT" for GPT-1): the model a table row of that name means
   * when other rows of the table are the series' later members (GPT-2, GPT-3 …).
   */
  firstMember: slug.optional(),
});
export type RegistryModel = z.infer<typeof registryModelSchema>;

/** A vendor in the curated registry (`content/registry/vendors.yaml`). */
export const registryVendorSchema = z.strictObject({
  /** Stable URL slug. */
  id: slug,
  /** English name. */
  name: z.string(),
  /** Chinese name. */
  zh: z.string().optional(),
  /** Other spellings. */
  aliases: z.array(z.string()).default([]),
  /** Case-sensitive spellings. */
  exact: z.array(z.string()).default([]),
  /** ISO 3166 alpha-2 country code. */
  country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166 alpha-2 code in capitals, e.g. CN').optional(),
  /** Organisation kind. */
  kind: z.enum(['company', 'lab', 'university', 'institute', 'other']).default('company'),
});
export type RegistryVendor = z.infer<typeof registryVendorSchema>;

/** A benchmark in the curated registry (`content/registry/benchmarks.yaml`). */
export const registryBenchmarkSchema = z.strictObject({
  /** Stable URL slug. */
  id: slug,
  /** Canonical name. */
  name: z.string(),
  /** Other spellings. */
  aliases: z.array(z.string()).default([]),
  /** Case-sensitive spellings. */
  exact: z.array(z.string()).default([]),
  /** Names that identify it only as a table column header (too generic for running text). */
  tableAliases: z.array(z.string()).default([]),
  /** What it measures. */
  measures: z.string(),
  /** Usual unit. */
  unit: z.string().default('%'),
  /** Direction: false when lower scores are better. */
  higherIsBetter: z.boolean().default(true),
  /** Broad area. */
  category: z.string().default('general'),
  /** The suite it is a task of (boolq → superglue): a table's total column over a suite's tasks scores the suite. */
  suite: slug.optional(),
});
export type RegistryBenchmark = z.infer<typeof registryBenchmarkSchema>;

/** A broker in the curated registry (`content/registry/brokers.yaml`). */
export const registryBrokerSchema = z.strictObject({
  /** Stable slug. */
  id: slug,
  /** Chinese name as printed in reports (e.g. 天风证券). */
  zh: z.string(),
  /** English name. */
  en: z.string(),
  /** Other spellings seen in reports (full legal name, e-mail domain). */
  aliases: z.array(z.string()).default([]),
});
export type RegistryBroker = z.infer<typeof registryBrokerSchema>;

/** Words that turn numbers into values (`content/registry/units.yaml`). */
export const registryUnitsSchema = z.object({
  /** Chinese and Latin magnitude words → multiplier (亿: 1e8, B: 1e9). Longest match wins. */
  magnitudes: z.record(z.string(), z.number().positive()),
  /** Currency words → ISO code and multiplier (亿美元: USD × 1e8). */
  currencies: z.record(z.string(), z.object({ currency: z.enum(['USD', 'CNY']), factor: z.number().positive() })),
});
export type RegistryUnits = z.infer<typeof registryUnitsSchema>;

/** Market vocabulary (`content/registry/markets.yaml`). */
export const registryMarketsSchema = z.object({
  /** Keywords that mark each kind of market figure. */
  kinds: z.record(marketKindSchema, z.array(z.string())),
  /** Region words → region name. */
  regions: z.record(z.string(), z.string()),
  /** Topic words → English topic (人工智能 → AI). */
  topics: z.record(z.string(), z.string()),
  /** English label of each kind, used in subjects ("China AI market size"). */
  words: z.record(marketKindSchema, z.string()),
  /** Words that mark a forecast. */
  forecastWords: z.array(z.string()),
  /** Words that date a figure to the time of writing (目前 …): with no period of its own, it gets the report's year. */
  presentWords: z.array(z.string()).default([]),
  /** Words right after a name that make it an investor (领投, 投资): not whose funding or valuation a figure is. */
  investorWords: z.array(z.string().min(1)).default([]),
  /** People a user count counts (开发者 → developers), named in the figure's subject instead of "users". */
  people: z.record(z.string(), z.string()).default({}),
  /** Kind words with an English name more exact than their kind's (销售额 → sales for a revenue word). */
  terms: z.record(z.string(), z.string()).default({}),
  /** Counting words that make a funding figure a count ("426 笔" → deals): word → what is counted, in English. */
  dealCounters: z.record(z.string(), z.string()).default({}),
  /** Counting words of things shipped ("167 万台"): a shipments figure needs one after its number, and no other kind has one. */
  shipmentCounters: z.record(z.string(), z.string()).default({}),
  /** Words that make a figure a total over what its clause lists ("四家云厂商资本开支合计 447 亿美元"), not one company's. */
  totalWords: z.array(z.string().min(1)).default([]),
  /** Words whose numbers are never market figures (参数, token …). */
  excludeWords: z.array(z.string()),
  /** Words of a fall (下降, 减少): a growth rate after one is negative. (Rises are `kinds.growth`.) */
  declineWords: z.array(z.string()).default([]),
  /** Words that make a change year-on-year (同比, 相比去年): a growth rate after one needs no kind word in its clause. */
  comparisonWords: z.array(z.string()).default([]),
});
export type RegistryMarkets = z.infer<typeof registryMarketsSchema>;

/** Boilerplate and report-furniture vocabulary (`content/registry/boilerplate.yaml`). */
export const registryBoilerplateSchema = z.object({
  /** Headings that start a boilerplate section running to the next non-boilerplate heading or end. */
  sectionHeadings: z.array(z.string()),
  /** Substrings that make a single line boilerplate. */
  lineMarkers: z.array(z.string()),
  /** Headings that start a table of contents. */
  tocHeadings: z.array(z.string()),
  /** Rating words (买入, 强于大市 …). */
  ratings: z.array(z.string()),
  /** Sector words (计算机, 传媒 …). */
  sectors: z.array(z.string()),
  /** Headings that are never a report title (投资要点, 核心观点 …). */
  notTitles: z.array(z.string()),
  /** Words of a cover's label lines (分析师, 执业, 评级 …): a plain cover line holding one is not the title. */
  coverLabels: z.array(z.string().min(1)).default([]),
});
export type RegistryBoilerplate = z.infer<typeof registryBoilerplateSchema>;

/** Wording the fact readers need beyond their general patterns (`content/registry/wording.yaml`). */
export const registryWordingSchema = z.object({
  /** Words that mark an evaluation setting in a table ("Minerva prompt", "via API"); Latin words match whole, ignoring case. */
  settings: z.array(z.string().min(1)),
  /** Words right after a model name that mean a release verb is about something else (商标); launchWords count too. */
  notReleaseAfter: z.array(z.string().min(1)),
  /** Words right after a model name that name a product launched on it (商店, Store, 插件): a launch event, not a release. */
  launchWords: z.array(z.string().min(1)).default([]),
  /** Table headers that mean an overall score ("Score", "Avg", 平均分): over columns that are all tasks of one suite, they score the suite. */
  suiteTotals: z.array(z.string().min(1)).default([]),
  /**
   * Benchmark labels that say the scores are of each model's tuned variant ("MT Bench (for Instruct Models)"): the
   * phrase, and the words that name such a variant after the model's name ("Instruct", "Chat").
   */
  tunedScores: z.object({ labels: z.array(z.string().min(1)), suffixes: z.array(z.string().min(1)) }).default({ labels: [], suffixes: [] }),
  /** Time zones named right before a day ("美国时间 2 月 15 日"): that day and the next or previous one stated without the zone are the same day. */
  timeZoneWords: z.array(z.string().min(1)).default([]),
  /** Words that place a month printed without a year ("2 月发布") in the time of writing (近期, 今年): it takes the latest year not after the report date. */
  recentWords: z.array(z.string().min(1)).default([]),
  /** Verbs that release a model when a date precedes them (发布, 推出, 开源 …). */
  releaseVerbs: z.array(z.string().min(1)).min(1),
  /** Verbs that release a new version of the model named before them ("更新至 4.0 版本"). */
  upgradeVerbs: z.array(z.string().min(1)).default([]),
  /** Verbs that publish a paper: it dates the model its 《title》 opens with. */
  paperVerbs: z.array(z.string().min(1)).default([]),
  /** Words after a name in a paper title that still mean the title is that model's ("《GPT-4 Technical Report》"). */
  paperTitleEnds: z.array(z.string().min(1)).default([]),
  /** Words that make a dated verb a plan, not a release (计划, 预计, 将于 …). */
  planWords: z.array(z.string().min(1)).default([]),
  /** Words after "<name> 2023年" that make the year a figure's period, not the label's release year (收入, 市场 …). */
  notLabelYearAfter: z.array(z.string().min(1)).default([]),
  /** Table column headers whose cells are each row's evaluation setting (设置, Setting, Shots). */
  settingHeaders: z.array(z.string().min(1)).default([]),
  /** Table column headers whose numbers are places in a ranking, not scores (排名, Rank, #). */
  rankHeaders: z.array(z.string().min(1)).default([]),
  /** Words that make a table column header a price column (价格, Price): read in the currency and tokens the header or caption states. */
  priceHeaderWords: z.array(z.string().min(1)).default([]),
  /** Table column headers whose cells state a model's modality (数据类型, 模态, Modality). */
  modalityHeaders: z.array(z.string().min(1)).default([]),
  /** Words in such a cell and the modality each names (多模态 → multimodal, 文本 → text); several kinds of data in one cell are multimodal. */
  modalityWords: z.record(z.string().min(1), modalitySchema).default({}),
  /** Column headers that name a parameter count: a paragraph that opens with a header row naming one is a flattened table whose bare magnitudes ("Gopher … 2800亿") are parameters. */
  parameterHeaders: z.array(z.string().min(1)).default([]),
  /** Words that open a sentence and refer back to the model the previous sentence was about ("其支持的上下文…"). */
  pronouns: z.array(z.string().min(1)).default([]),
  /** Words that start like a pronoun but are not one (其中 "of which", 其他 "other", 它们 "they"). */
  notPronouns: z.array(z.string().min(1)).default([]),
  /** Words before a size in the same sentence that make it an estimate or a forecast, not a stated fact (预计, 可能, 有望 …). */
  estimateWords: z.array(z.string().min(1)).default([]),
  /** Words that list what a released family holds ("该系列包含三个模型：…"): the members listed share the family's release date. */
  memberWords: z.array(z.string().min(1)).default([]),
  /** Phrases that release a model without naming it ("披露新版本"): in a sentence naming no model, the model its section's heading names. */
  unnamedReleases: z.array(z.string().min(1)).default([]),
});
export type RegistryWording = z.infer<typeof registryWordingSchema>;

/** Words that look like model names but are not (`content/registry/not-models.yaml`). */
export const registryNotModelsSchema = z.array(z.string());

/** The whole curated registry. */
export const registrySchema = z.object({
  models: z.array(registryModelSchema),
  vendors: z.array(registryVendorSchema),
  benchmarks: z.array(registryBenchmarkSchema),
  brokers: z.array(registryBrokerSchema),
  units: registryUnitsSchema,
  markets: registryMarketsSchema,
  boilerplate: registryBoilerplateSchema,
  notModels: registryNotModelsSchema,
  wording: registryWordingSchema,
});
export type Registry = z.infer<typeof registrySchema>;

/** Optional curated metadata for one report (`content/reports/<id>.meta.yaml`). */
export const reportMetaSchema = z
  .object({
    /** Report title. */
    title: z.string(),
    /** Broker id from brokers.yaml. */
    broker: slug,
    /** ISO date. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
    /** Analyst names. */
    analysts: z.array(z.string()),
    /** Rating as printed. */
    rating: z.string(),
    /** Sector. */
    sector: z.string(),
    /** Why a curated value is what it is. */
    note: z.string(),
  })
  .partial()
  .strict();
export type ReportMeta = z.infer<typeof reportMetaSchema>;
