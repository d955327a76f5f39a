import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  benchmarkSchema,
  claimSchema,
  diagnosticsSchema,
  eventSchema,
  marketFigureSchema,
  modelSchema,
  reportMetaSchema,
  reportSchema,
  resultSchema,
  vendorSchema,
  COLLECTION_FILES,
  type Collections,
  type Issue,
  type Registry,
  type ReportMeta,
} from '../../src/schemas/index.ts';
import { decodeReport } from './decode.ts';
import { buildMatcher } from './entities.ts';
import { extractReport, type Extraction } from './extract-report.ts';
import { amountFinder } from './numbers.ts';
import { resolveCollections } from './resolve.ts';

/** One input file: its name (relative to the input folder) and bytes. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

/** The collections and the schema that validates each before it is written. */
export const COLLECTION_SCHEMAS = {
  reports: reportSchema,
  claims: claimSchema,
  models: modelSchema,
  vendors: vendorSchema,
  benchmarks: benchmarkSchema,
  results: resultSchema,
  marketFigures: marketFigureSchema,
  events: eventSchema,
} as const;


export interface IngestOutcome {
  collections: Collections;
  issues: Issue[];
  /** Milliseconds spent in the pipeline stages (no disk I/O). */
  ms: number;
  ingested: number;
}

const REPORT_EXT = /\.(txt|md|text)$/i;

/** Report id from a file name: the name without extension, as a safe slug-ish string. */
export const reportIdOf = (name: string): string =>
  name
    .replace(REPORT_EXT, '')
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'report';

/**
 * The whole pipeline over in-memory files: decode each report, refuse duplicates, extract, resolve
 * across reports and validate against the shared schemas. A failing report becomes issues; the
 * others still ingest. `dir` is only used to name files in messages.
 */
export function ingestCorpus(dir: string, files: InputFile[], metaTexts: Record<string, string>, registry: Registry): IngestOutcome {
  const t0 = performance.now();
  const issues: Issue[] = [];
  const matcher = buildMatcher(registry);
  const findAmounts = amountFinder(registry.units);
  const seen = new Map<string, string>();
  const exs: Extraction[] = [];
  for (const f of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (!REPORT_EXT.test(f.name)) continue;
    const path = `${dir}/${f.name}`;
    const id = reportIdOf(f.name);
    const dec = decodeReport(f.bytes, path);
    issues.push(...dec.issues);
    if (!dec.value) continue;
    const sha256 = createHash('sha256').update(dec.value.text).digest('hex');
    const dup = seen.get(sha256);
    if (dup) {
      issues.push({ file: path, code: 'DuplicateReport', severity: 'warning', message: `same text as ${dup}; counted once`, hint: `delete one of the two files` });
      continue;
    }
    seen.set(sha256, path);
    let meta: ReportMeta | null = null;
    const metaText = metaTexts[id];
    if (metaText !== undefined) {
      const metaPath = `${dir}/${id}.meta.yaml`;
      try {
        const res = reportMetaSchema.safeParse(parse(metaText) ?? {});
        if (res.success) {
          meta = res.data;
          if (meta.broker && !registry.brokers.some((b) => b.id === meta!.broker)) {
            issues.push({ file: metaPath, code: 'InvalidMetaFile', severity: 'warning', message: `broker "${meta.broker}" is not in content/registry/brokers.yaml`, hint: 'use a broker id from brokers.yaml or add the broker there' });
            delete meta.broker;
          }
        } else
          for (const zi of res.error.issues)
            issues.push({ file: metaPath, code: 'InvalidMetaFile', severity: 'warning', message: `${zi.path.join('.') || '(root)'}: ${zi.message}`, hint: 'fields are title, broker, date (YYYY-MM-DD), analysts, rating, sector, note; the file is ignored' });
      } catch (e) {
        const line = (e as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line;
        issues.push({ file: metaPath, ...(line ? { line } : {}), code: 'InvalidMetaFile', severity: 'warning', message: `invalid YAML: ${(e as Error).message.split('\n')[0]}`, hint: 'fix the YAML; the file is ignored until then' });
      }
    }
    try {
      const ex = extractReport(id, f.name, dec.value.text, dec.value.encoding, sha256, meta, { registry, matcher, findAmounts });
      issues.push(...ex.issues.map((i) => ({ ...i, file: i.file === f.name ? path : i.file })));
      exs.push(ex);
    } catch (e) {
      issues.push({ file: path, code: 'ReadFailed', severity: 'error', message: `the pipeline failed on this report: ${(e as Error).message}`, hint: 'report this as a bug with the file attached; the other reports were ingested' });
    }
  }
  const collections = resolveCollections(exs, registry, []);
  // Paths in issues raised during resolution name the input folder.
  collections.diagnostics.issues = sortIssues([...issues, ...collections.diagnostics.issues.map((i) => (i.file.includes('/') ? i : { ...i, file: `${dir}/${i.file}` }))]);
  for (const [key, schema] of Object.entries(COLLECTION_SCHEMAS) as Array<[keyof typeof COLLECTION_SCHEMAS, z.ZodType]>) {
    const res = z.array(schema).safeParse(collections[key]);
    // Ids are URLs, anchors and content-collection keys: a repeated one would silently drop a row.
    const ids = new Set<string>();
    for (const row of collections[key] as Array<{ id: string }>) {
      if (ids.has(row.id)) collections.diagnostics.issues.push({ file: COLLECTION_FILES[key], code: 'SchemaViolation', severity: 'error', message: `id "${row.id}" is used by two rows`, hint: 'this is a pipeline bug; the output was not written' });
      ids.add(row.id);
    }
    if (!res.success) {
      for (const zi of res.error.issues.slice(0, 20)) {
        collections.diagnostics.issues.push({ file: COLLECTION_FILES[key], code: 'SchemaViolation', severity: 'error', message: `${zi.path.join('.')}: ${zi.message}`, hint: 'this is a pipeline bug; the output was not written' });
      }
    }
  }
  diagnosticsSchema.parse(collections.diagnostics);
  return { collections, issues: collections.diagnostics.issues, ms: performance.now() - t0, ingested: exs.length };
}

function sortIssues(xs: Issue[]): Issue[] {
  return xs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.code < b.code ? -1 : a.code > b.code ? 1 : a.message < b.message ? -1 : 1)));
}

/** Stable JSON: two-space indent, trailing newline. */
export const toJson = (x: unknown): string => JSON.stringify(x, null, 2) + '\n';

/** "file:line: severity Code: message — hint". */
export function formatIssue(i: Issue): string {
  return `${i.file}${i.line ? `:${i.line}` : ''}: ${i.severity} ${i.code}: ${i.message}${i.hint ? ` — ${i.hint}` : ''}`;
}
