import type {
  Benchmark,
  Candidate,
  Collections,
  DateAssertion,
  Event,
  Issue,
  MarketFigure,
  Model,
  QuantityAssertion,
  Registry,
  Result,
  Vendor,
} from '../../src/schemas/index.ts';
import { sameDayElsewhere } from '../../src/schemas/index.ts';
import type { Extraction } from './extract-report.ts';
import { registryIndex } from './registry.ts';
import { canonicalSetting } from './score-cell.ts';
import { EVENT_TEXT_MAX } from './sentence-facts.ts';
import { slugify } from './text.ts';

const byStr = <T,>(f: (x: T) => string) => (a: T, b: T) => (f(a) < f(b) ? -1 : f(a) > f(b) ? 1 : 0);
const sortSources = <T extends { source: { report: string; line: number } }>(xs: T[]) =>
  xs.sort((a, b) => (a.source.report < b.source.report ? -1 : a.source.report > b.source.report ? 1 : a.source.line - b.source.line));

/** Values that differ beyond rounding, ignoring variants and values a qualifier makes consistent. */
function quantityConflict(xs: QuantityAssertion[]): boolean {
  // Distinct claims only: a value stated by many reports is compared once.
  const seen = new Set<string>();
  const plain = xs.filter((x) => {
    const k = `${x.value}|${x.max}|${x.qualifier}|${x.unit}`;
    return !x.variant && !seen.has(k) && Boolean(seen.add(k));
  });
  for (let i = 0; i < plain.length; i++)
    for (let j = i + 1; j < plain.length; j++) {
      const a = plain[i]!;
      const b = plain[j]!;
      // Characters and tokens are not the same measure: neither confirms nor contradicts the other.
      if (a.unit !== b.unit) continue;
      if (Math.abs(a.value - b.value) <= 0.02 * Math.max(a.value, b.value)) continue;
      const consistent = (x: QuantityAssertion, y: QuantityAssertion) =>
        (x.qualifier === 'more-than' && y.value > x.value) || (x.qualifier === 'up-to' && y.value < x.value) || (x.max !== undefined && y.value >= x.value && y.value <= x.max);
      if (consistent(a, b) || consistent(b, a)) continue;
      return true;
    }
  return false;
}

/** Dates conflict when neither is a prefix (less precise form) of the other, nor the same day in another time zone. */
function dateConflict(all: DateAssertion[]): boolean {
  const dates = [...new Map(all.map((d) => [`${d.value}|${d.timeZone ?? ''}`, d])).values()];
  return dates.some((a) => dates.some((b) => a.value !== b.value && !a.value.startsWith(b.value) && !b.value.startsWith(a.value) && !sameDayElsewhere(a, b)));
}

/**
 * Merge per-report extractions into the collections: one canonical entity per registry id (plus
 * provisional models found only in score tables), every assertion kept with its source, and
 * disagreements flagged.
 */
export function resolveCollections(exs: Extraction[], registry: Registry, issues: Issue[]): Collections {
  const { model: regModels, vendor: regVendors, benchmark: regBench } = registryIndex(registry);
  const provisional = new Map<string, string>();
  // The registry model each provisional model's name goes on from: its family, vendor and modality.
  const provisionalBase = new Map<string, string>();
  // Or, going on from no registry model, the vendor its name starts with ("DeepSeek-V3").
  const provisionalVendor = new Map<string, string>();
  const provisionalId = (name: string, base?: string, vendor?: string) => {
    let id = slugify(name);
    if (regModels.has(id)) id = `${id}-unlisted`;
    provisional.set(id, name);
    if (base && regModels.has(base) && !provisionalBase.has(id)) provisionalBase.set(id, base);
    if (vendor && regVendors.has(vendor) && !provisionalVendor.has(id)) provisionalVendor.set(id, vendor);
    return id;
  };

  const results: Result[] = [];
  for (const ex of exs) {
    const n = new Map<string, number>();
    for (const r of ex.results) {
      const model = r.model || provisionalId(r.modelName ?? 'unknown', r.modelBase, r.modelVendor);
      const base = `${r.source.report}-L${r.source.line}-${model}-${r.benchmark}`;
      const k = (n.get(base) ?? 0) + 1;
      n.set(base, k);
      results.push({ id: `${base}-${k}`, model, benchmark: r.benchmark, value: r.value, unit: r.unit, setting: canonicalSetting(r.setting), printed: r.printed, source: r.source });
    }
  }
  sortSources(results);

  // Which entities appear, with the spellings seen and the claims that mention them.
  const spellings = new Map<string, Set<string>>();
  const mentionCount = new Map<string, number>();
  const reportsOf = new Map<string, Set<string>>();
  const note = (kind: string, id: string, report: string, text?: string) => {
    const key = `${kind}:${id}`;
    if (text) (spellings.get(key) ?? spellings.set(key, new Set()).get(key)!).add(text);
    (reportsOf.get(key) ?? reportsOf.set(key, new Set()).get(key)!).add(report);
  };
  const claims = exs.flatMap((e) => e.claims);
  for (const c of claims) for (const k of ['models', 'vendors', 'benchmarks'] as const) for (const id of c[k]) mentionCount.set(`${k.slice(0, -1)}:${id}`, (mentionCount.get(`${k.slice(0, -1)}:${id}`) ?? 0) + 1);
  for (const ex of exs) {
    for (const m of ex.mentions) note(m.kind, m.id, ex.report.id, m.text);
    for (const r of ex.results) note('benchmark', r.benchmark, ex.report.id);
  }
  for (const r of results) note('model', r.model, r.source.report);

  const modelIds = new Set<string>([...reportsOf.keys()].filter((k) => k.startsWith('model:')).map((k) => k.slice(6)));
  for (const ex of exs) for (const a of [...ex.attributes, ...ex.releases, ...ex.prices]) modelIds.add(a.model);
  // Families of included models are included too, so every family link resolves.
  for (const id of [...modelIds]) {
    let f = regModels.get(id)?.family ?? provisionalBase.get(id);
    while (f && !modelIds.has(f)) {
      modelIds.add(f);
      f = regModels.get(f)?.family;
    }
  }

  // Assertions grouped by model once (report order kept), so building each model is linear overall.
  const groupBy = <T,>(xs: Iterable<T>, key: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of xs) (m.get(key(x)) ?? m.set(key(x), []).get(key(x))!).push(x);
    return m;
  };
  const releasesOf = groupBy(exs.flatMap((e) => e.releases), (r) => r.model);
  const attributesOf = groupBy(exs.flatMap((e) => e.attributes), (a) => `${a.model}|${a.attribute}`);
  const pricesOf = groupBy(exs.flatMap((e) => e.prices), (p) => p.model);

  const models: Model[] = [...modelIds].sort().map((id) => {
    const reg = regModels.get(id);
    const base = reg ? undefined : regModels.get(provisionalBase.get(id) ?? '');
    const seen = [...(spellings.get(`model:${id}`) ?? [])];
    const name = reg?.name ?? provisional.get(id) ?? id;
    const aliases = [...new Set([...(reg ? [reg.zh, ...reg.aliases, ...reg.exact] : []), ...seen].filter((a): a is string => Boolean(a) && a !== name))].sort();
    // One line saying the same thing twice ("最多有 700 亿参数…最大参数量为 700 亿") is one assertion.
    const once = <T,>(xs: T[], key: (x: T) => string): T[] => {
      const seen = new Set<string>();
      return xs.filter((x) => !seen.has(key(x)) && Boolean(seen.add(key(x))));
    };
    const releaseDate = once(sortSources((releasesOf.get(id) ?? []).map((r) => ({ value: r.date, printed: r.printed, ...(r.timeZone ? { timeZone: r.timeZone } : {}), source: r.source }))), (x) => `${x.value}|${x.source.report}|${x.source.line}`);
    const quantity = (attr: 'parameters' | 'contextWindow'): QuantityAssertion[] =>
      once(sortSources(
        (attributesOf.get(`${id}|${attr}`) ?? [])
            .filter((a) => a.amount)
            .map((a) => {
              const q: QuantityAssertion = { value: a.amount!.value * a.amount!.factor, printed: a.printed, source: a.source };
              if (a.amount!.max !== undefined) q.max = a.amount!.max * a.amount!.factor;
              if (a.qualifier) q.qualifier = a.qualifier;
              if (a.variant) q.variant = a.variant;
              if (a.unit) q.unit = a.unit;
              return q;
            }),
      ), (q) => `${q.value}|${q.max}|${q.qualifier}|${q.variant}|${q.unit}|${q.printed.replace(/\s+/g, '')}|${q.source.report}|${q.source.line}`);
    const parameters = quantity('parameters');
    const contextWindow = quantity('contextWindow');
    const statedModality = once(
      sortSources((attributesOf.get(`${id}|modality`) ?? []).flatMap((a) => (a.modality ? [{ value: a.modality, printed: a.printed, source: a.source }] : []))),
      (x) => `${x.value}|${x.source.report}|${x.source.line}`,
    );
    const prices = sortSources((pricesOf.get(id) ?? []).map((p) => ({ value: p.value, currency: p.currency, per: p.per, direction: p.direction, ...(p.variant ? { variant: p.variant } : {}), printed: p.printed, source: p.source })));
    const conflicts: string[] = [];
    if (dateConflict(releaseDate)) conflicts.push('releaseDate');
    if (quantityConflict(parameters)) conflicts.push('parameters');
    if (quantityConflict(contextWindow)) conflicts.push('contextWindow');
    if (new Set(statedModality.map((x) => x.value)).size > 1) conflicts.push('modality');
    const reports = new Set(reportsOf.get(`model:${id}`) ?? []);
    for (const x of [...releaseDate, ...parameters, ...contextWindow, ...prices, ...statedModality]) reports.add(x.source.report);
    return {
      id,
      name,
      nameZh: reg?.zh ?? null,
      aliases,
      vendor: reg?.vendor ?? base?.vendor ?? provisionalVendor.get(id) ?? null,
      family: reg?.family ?? base?.id ?? null,
      modality: reg?.modality ?? base?.modality ?? 'other',
      statedModality,
      open: reg?.open ?? null,
      curated: Boolean(reg),
      releaseDate,
      parameters,
      contextWindow,
      prices,
      conflicts,
      reports: [...reports].sort(),
      mentions: mentionCount.get(`model:${id}`) ?? 0,
    };
  });

  const vendorIds = new Set<string>([...reportsOf.keys()].filter((k) => k.startsWith('vendor:')).map((k) => k.slice(7)));
  for (const m of models) if (m.vendor) vendorIds.add(m.vendor);
  const modelsOfVendor = groupBy(models.filter((m) => m.vendor), (m) => m.vendor!);
  const vendors: Vendor[] = [...vendorIds].sort().map((id) => {
    const reg = regVendors.get(id)!;
    const seen = [...(spellings.get(`vendor:${id}`) ?? [])];
    const vm = modelsOfVendor.get(id) ?? [];
    const reports = new Set([...(reportsOf.get(`vendor:${id}`) ?? []), ...vm.flatMap((m) => m.reports)]);
    return {
      id,
      name: reg.name,
      nameZh: reg.zh ?? null,
      aliases: [...new Set([...(reg.zh ? [reg.zh] : []), ...reg.aliases, ...reg.exact, ...seen].filter((a) => a !== reg.name))].sort(),
      country: reg.country ?? null,
      kind: reg.kind,
      models: vm.map((m) => m.id),
      reports: [...reports].sort(),
      mentions: mentionCount.get(`vendor:${id}`) ?? 0,
    };
  });

  const benchIds = new Set<string>([...reportsOf.keys()].filter((k) => k.startsWith('benchmark:')).map((k) => k.slice(10)));
  const resultsOf = groupBy(results, (r) => r.benchmark);
  const benchmarks: Benchmark[] = [...benchIds].sort().map((id) => {
    const reg = regBench.get(id)!;
    const seen = [...(spellings.get(`benchmark:${id}`) ?? [])];
    const rs = resultsOf.get(id) ?? [];
    return {
      id,
      name: reg.name,
      aliases: [...new Set([...reg.aliases, ...reg.exact, ...reg.tableAliases, ...seen].filter((a) => a !== reg.name))].sort(),
      measures: reg.measures,
      unit: reg.unit,
      higherIsBetter: reg.higherIsBetter,
      category: reg.category,
      suite: reg.suite && benchIds.has(reg.suite) ? reg.suite : null,
      results: rs.length,
      reports: [...new Set([...(reportsOf.get(`benchmark:${id}`) ?? []), ...rs.map((r) => r.source.report)])].sort(),
    };
  });

  const marketFigures: MarketFigure[] = [];
  for (const ex of exs) {
    const n = new Map<string, number>();
    for (const m of ex.market) {
      const base = `${m.source.report}-L${m.source.line}-${m.kind}`;
      const k = (n.get(base) ?? 0) + 1;
      n.set(base, k);
      const f: MarketFigure = {
        id: `${base}-${k}`,
        subject: m.subject,
        about: m.about,
        subjectZh: m.subjectZh,
        kind: m.kind,
        region: m.region,
        period: m.period,
        value: m.value,
        unit: m.unit,
        normalized: m.normalized,
        currency: m.currency,
        forecast: m.forecast,
        entity: m.entity,
        printed: m.printed,
        source: m.source,
      };
      if (m.valueMax !== undefined) f.valueMax = m.valueMax;
      if (m.qualifier) f.qualifier = m.qualifier;
      if (m.periodLine !== undefined) f.periodLine = m.periodLine;
      marketFigures.push(f);
    }
  }
  sortSources(marketFigures);

  const claimsOf = groupBy(claims, (c) => c.report);
  const claimAt = (report: string, line: number) => {
    const cs = claimsOf.get(report) ?? [];
    return cs.find((c) => c.line <= line && c.lineEnd >= line && c.kind === 'sentence') ?? cs.find((c) => c.line === line);
  };
  const events: Event[] = [];
  const seenEvents = new Set<string>();
  // One line may date one model twice (two different dates): later ids carry their date after "@", which
  // no slug contains (a numeric suffix could collide: "…-release-gpt" + "-2" = "…-release-gpt-2").
  const eventIds = new Set<string>();
  const eventId = (base: string, date: string) => {
    let id = eventIds.has(base) ? `${base}@${date}` : base;
    for (let k = 2; eventIds.has(id); k++) id = `${base}@${date}~${k}`;
    eventIds.add(id);
    return id;
  };
  for (const ex of exs) {
    // A line that dates one release twice, once to the month and once to the day ("11 月份上线…11 月 21 日发布"),
    // is one event: the day.
    const finer = new Set(ex.releases.flatMap((r) => [r.date.slice(0, 7), r.date.slice(0, 4)].filter((d) => d !== r.date).map((d) => `${r.source.line}|${r.model}|${d}`)));
    for (const r of ex.releases) {
      const key = `${r.source.report}|${r.model}|${r.date}`;
      if (seenEvents.has(key) || finer.has(`${r.source.line}|${r.model}|${r.date}`)) continue;
      seenEvents.add(key);
      const text = r.text || (claimAt(r.source.report, r.source.line)?.text ?? '');
      events.push({ id: eventId(`${r.source.report}-L${r.source.line}-release-${r.model}`, r.date), date: r.date, kind: 'release', model: r.model, vendor: regModels.get(r.model)?.vendor ?? null, text: text.slice(0, EVENT_TEXT_MAX), printed: r.printed, ...(r.timeZone ? { timeZone: r.timeZone } : {}), source: r.source });
    }
    for (const f of ex.funding) {
      const key = `${f.source.report}|funding|${f.vendor}|${f.date}`;
      if (seenEvents.has(key)) continue;
      seenEvents.add(key);
      events.push({ id: eventId(`${f.source.report}-L${f.source.line}-funding-${f.vendor ?? 'x'}`, f.date), date: f.date, kind: 'funding', model: null, vendor: f.vendor, label: f.amount, text: f.text.slice(0, EVENT_TEXT_MAX), printed: f.printed, source: f.source });
    }
    for (const l of ex.launches) {
      const key = `${l.source.report}|launch|${l.launch}|${l.date}`;
      if (seenEvents.has(key)) continue;
      seenEvents.add(key);
      events.push({ id: eventId(`${l.source.report}-L${l.source.line}-launch-${l.model}`, l.date), date: l.date, kind: 'launch', model: null, vendor: l.launchedBy ?? regModels.get(l.model)?.vendor ?? null, label: l.launch, text: l.text.slice(0, EVENT_TEXT_MAX), printed: l.printed, ...(l.timeZone ? { timeZone: l.timeZone } : {}), source: l.source });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Unknown candidates: names not resolved to any entity, counted per report.
  const candidates: Candidate[] = [];
  for (const ex of exs) {
    const agg = new Map<string, Candidate>();
    for (const c of ex.candidates) {
      const key = c.name.toLowerCase();
      const prev = agg.get(key);
      if (prev) prev.count++;
      else agg.set(key, { name: c.name, reason: c.reason, report: ex.report.id, line: c.line, count: 1 });
    }
    candidates.push(...[...agg.values()].sort(byStr((c) => c.name.toLowerCase())));
  }
  const fileOf = new Map(exs.map((e) => [e.report.id, e.report.file]));
  for (const c of candidates) {
    issues.push({ file: fileOf.get(c.report)!, line: c.line, code: 'UnknownEntityCandidate', severity: 'info', message: `“${c.name}” looks like a model (${c.reason}) but is not in the registry`, hint: 'add it to content/registry/models.yaml (or not-models.yaml if it is not a model)' });
  }

  const reports = exs.map((e) => e.report).sort(byStr((r) => r.id));
  const count = (ids: Iterable<string>) => {
    const m = new Map<string, number>();
    for (const id of ids) m.set(id, (m.get(id) ?? 0) + 1);
    return m;
  };
  const resultsIn = count(results.map((r) => r.source.report));
  const eventsIn = count(events.map((x) => x.source.report));
  const modelsIn = count(models.flatMap((m) => m.reports));
  const vendorsIn = count(vendors.flatMap((v) => v.reports));
  const stats = exs.map((e) => {
    const blocks: Record<string, number> = {};
    let boiler = 0;
    let content = 0;
    for (const b of e.report.blocks) {
      blocks[b.kind] = (blocks[b.kind] ?? 0) + 1;
      const nonBlank = b.text.split('\n').filter((l) => l.trim() !== '').length;
      if (b.kind === 'boilerplate' || b.kind === 'toc' || b.kind === 'furniture') boiler += nonBlank;
      else content += nonBlank;
    }
    return {
      report: e.report.id,
      file: e.report.file,
      lines: e.report.lineCount,
      contentLines: content + boiler,
      boilerplateLines: boiler,
      blocks,
      tables: e.tables.total,
      scoreTables: e.tables.withScores,
      claims: e.claims.length,
      results: resultsIn.get(e.report.id) ?? 0,
      marketFigures: e.market.length,
      events: eventsIn.get(e.report.id) ?? 0,
      models: modelsIn.get(e.report.id) ?? 0,
      vendors: vendorsIn.get(e.report.id) ?? 0,
    };
  });
  const sortedIssues = [...issues].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)));
  return {
    reports,
    claims: claims.sort((a, b) => (a.report < b.report ? -1 : a.report > b.report ? 1 : a.line - b.line || (a.id < b.id ? -1 : 1))),
    models,
    vendors,
    benchmarks,
    results,
    marketFigures,
    events,
    diagnostics: { reports: stats.sort(byStr((s) => s.report)), issues: sortedIssues, candidates },
  };
}
