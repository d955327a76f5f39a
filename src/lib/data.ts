import { getCollection } from 'astro:content';
import type { Benchmark, Claim, Event, MarketFigure, Model, Report, Result, Vendor } from '../schemas/index.ts';

/** All collections, loaded once per build from the content layer. */
export interface Site {
  reports: Report[];
  claims: Claim[];
  models: Model[];
  vendors: Vendor[];
  benchmarks: Benchmark[];
  results: Result[];
  marketFigures: MarketFigure[];
  events: Event[];
  report: Map<string, Report>;
  model: Map<string, Model>;
  vendor: Map<string, Vendor>;
  benchmark: Map<string, Benchmark>;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const data = async <T,>(name: Parameters<typeof getCollection>[0]) => (await getCollection(name)).map((e) => e.data as T);
  const [reports, claims, models, vendors, benchmarks, results, marketFigures, events] = await Promise.all([
    data<Report>('reports'),
    data<Claim>('claims'),
    data<Model>('models'),
    data<Vendor>('vendors'),
    data<Benchmark>('benchmarks'),
    data<Result>('results'),
    data<MarketFigure>('marketFigures'),
    data<Event>('events'),
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
  };
}

/** The whole site's data (memoised for the build). */
export const site = (): Promise<Site> => (cached ??= load());

/** Short label of a source: broker name and line ("天风证券 L185"). */
export function sourceLabel(s: Site, source: { report: string; line: number }): string {
  const r = s.report.get(source.report);
  return `${r?.broker?.zh ?? source.report} L${source.line}`;
}

/** The report's year for filters, from its date. */
export const reportYear = (r: Report | undefined): string | null => r?.date?.slice(0, 4) ?? null;
