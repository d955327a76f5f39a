import { getCollection } from 'astro:content';
import { diagnosticsSchema, type Benchmark, type Claim, type Collections, type Diagnostics, type Event, type MarketFigure, type Model, type Report, type Result, type Vendor } from '../schemas/index.ts';
import { ingestFile } from './exports.ts';
import { marketSubjects, type MarketSubject } from './markets.ts';

/** All collections, loaded once per build from the content layer. */
export interface Site extends Omit<Collections, 'diagnostics'> {
  report: Map<string, Report>;
  model: Map<string, Model>;
  vendor: Map<string, Vendor>;
  benchmark: Map<string, Benchmark>;
  /** Indexes, so page generation stays linear in corpus size. */
  claimsOf: { model: Map<string, Claim[]>; vendor: Map<string, Claim[]>; benchmark: Map<string, Claim[]> };
  resultsOfModel: Map<string, Result[]>;
  resultsOfBenchmark: Map<string, Result[]>;
  resultsOfReport: Map<string, Result[]>;
  figuresOfReport: Map<string, MarketFigure[]>;
  modelsOfReport: Map<string, Model[]>;
  claimsOfReport: Map<string, Claim[]>;
  membersOf: Map<string, Model[]>;
  figuresOfEntity: Map<string, MarketFigure[]>;
  /** Each vendor's events other than model releases (launches, funding rounds), by date. */
  eventsOfVendor: Map<string, Event[]>;
  subjects: MarketSubject[];
}

/** Group items by one or more keys each. */
export function groupBy<T>(xs: T[], keys: (x: T) => string[] | string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const ks = keys(x);
    for (const k of Array.isArray(ks) ? ks : [ks]) (m.get(k) ?? m.set(k, []).get(k)!).push(x);
  }
  return m;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [reports, claims, models, vendors, benchmarks, results, marketFigures, events] = await Promise.all([
    getCollection('reports').then((xs) => {
      // Each report's full text comes straight from the ingest output (see content.config.ts).
      const blocks = new Map((JSON.parse(ingestFile('reports.json')) as Report[]).map((r) => [r.id, r.blocks]));
      return xs.map((e) => ({ ...e.data, blocks: blocks.get(e.id) ?? [] }) as Report);
    }),
    Promise.resolve(JSON.parse(ingestFile('claims.json')) as Claim[]),
    getCollection('models').then((xs) => xs.map((e) => e.data as Model)),
    getCollection('vendors').then((xs) => xs.map((e) => e.data as Vendor)),
    getCollection('benchmarks').then((xs) => xs.map((e) => e.data as Benchmark)),
    getCollection('results').then((xs) => xs.map((e) => e.data as Result)),
    getCollection('marketFigures').then((xs) => xs.map((e) => e.data as MarketFigure)),
    getCollection('events').then((xs) => xs.map((e) => e.data as Event)),
  ]);
  const byId = <T extends { id: string }>(xs: T[]) => new Map(xs.map((x) => [x.id, x]));
  const sortById = <T extends { id: string }>(xs: T[]) => xs.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    reports: sortById(reports),
    claims,
    models: sortById(models),
    vendors: sortById(vendors),
    benchmarks: sortById(benchmarks),
    results,
    marketFigures,
    events,
    report: byId(reports),
    model: byId(models),
    vendor: byId(vendors),
    benchmark: byId(benchmarks),
    claimsOf: { model: groupBy(claims, (c) => c.models), vendor: groupBy(claims, (c) => c.vendors), benchmark: groupBy(claims, (c) => c.benchmarks) },
    resultsOfModel: groupBy(results, (r) => r.model),
    resultsOfBenchmark: groupBy(results, (r) => r.benchmark),
    resultsOfReport: groupBy(results, (r) => r.source.report),
    figuresOfReport: groupBy(marketFigures, (f) => f.source.report),
    modelsOfReport: groupBy(models, (m) => m.reports),
    claimsOfReport: groupBy(claims, (c) => c.report),
    membersOf: groupBy(models, (m) => (m.family ? [m.family] : [])),
    figuresOfEntity: groupBy(marketFigures, (f) => (f.entity ? [f.entity] : [])),
    eventsOfVendor: groupBy(events, (e) => (e.kind !== 'release' && e.vendor ? [e.vendor] : [])),
    subjects: marketSubjects(marketFigures),
  };
}

let cachedDiagnostics: Promise<Diagnostics> | undefined;
/** What the ingest reported per report and file (diagnostics.json; memoised for the build). */
export const diagnostics = (): Promise<Diagnostics> => (cachedDiagnostics ??= Promise.resolve(diagnosticsSchema.parse(JSON.parse(ingestFile('diagnostics.json')))));

/** The whole site's data (memoised for the build). */
export const site = (): Promise<Site> => (cached ??= load());

/** Short label of a source: broker name and line ("天风证券 L185"). */
export function sourceLabel(s: Site, source: { report: string; line: number }): string {
  const r = s.report.get(source.report);
  return `${r?.broker?.zh ?? source.report} L${source.line}`;
}

/** The report's year for filters, from its date. */
export const reportYear = (r: Report | undefined): string | null => r?.date?.slice(0, 4) ?? null;
