import type { Benchmark } from './benchmark.ts';
import type { Claim } from './claim.ts';
import type { Diagnostics } from './diagnostics.ts';
import type { Event } from './event.ts';
import type { MarketFigure } from './market-figure.ts';
import type { Model } from './model.ts';
import type { Report } from './report.ts';
import type { Result } from './result.ts';
import type { Vendor } from './vendor.ts';

/** What the ingest produces and the site reads: one array per collection, plus the diagnostics. */
export interface Collections {
  reports: Report[];
  claims: Claim[];
  models: Model[];
  vendors: Vendor[];
  benchmarks: Benchmark[];
  results: Result[];
  marketFigures: MarketFigure[];
  events: Event[];
  diagnostics: Diagnostics;
}

/** File name of each collection in the ingest output folder (and under /data/ on the site). */
export const COLLECTION_FILES = {
  reports: 'reports.json',
  claims: 'claims.json',
  models: 'models.json',
  vendors: 'vendors.json',
  benchmarks: 'benchmarks.json',
  results: 'results.json',
  marketFigures: 'market-figures.json',
  events: 'events.json',
} as const satisfies Record<Exclude<keyof Collections, 'diagnostics'>, string>;
