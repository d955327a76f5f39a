/** The shared schema module: imported by the ingest pipeline and by src/content.config.ts. */
export * from './source.ts';
export * from './issue.ts';
export * from './block.ts';
export * from './report.ts';
export * from './claim.ts';
export * from './assertion.ts';
export * from './model.ts';
export * from './vendor.ts';
export * from './benchmark.ts';
export * from './result.ts';
export * from './market-figure.ts';
export * from './event.ts';
export * from './registry.ts';
export * from './diagnostics.ts';
export * from './collections.ts';
