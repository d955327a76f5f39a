import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadRegistry, REGISTRY_FILES } from '../../scripts/pipeline/registry.ts';
import { ingestCorpus, reportIdOf, type IngestOutcome, type InputFile } from '../../scripts/pipeline/ingest-corpus.ts';
import type { Registry } from '../../src/schemas/index.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const REPORTS_DIR = join(ROOT, 'content/reports');
/**
 * The reports the extraction tests pin: those with hand-checked expectations in tests/expectations/
 * (the five seed reports). A report added to content/reports joins them once it has its own
 * expectations file (and a snapshot, written by `npx vitest run -u`).
 */
export const SEED_IDS: readonly string[] = readdirSync(join(ROOT, 'tests/expectations'))
  .filter((n) => n.endsWith('.yaml'))
  .map((n) => n.replace(/\.yaml$/, ''))
  .sort();

/** The curated registry, loaded as the CLI loads it. */
export function registry(): Registry {
  const files: Record<string, string> = {};
  for (const name of Object.values(REGISTRY_FILES)) files[name] = readFileSync(join(ROOT, 'content/registry', name), 'utf8');
  const r = loadRegistry('content/registry', files);
  if (!r.value) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

/** Report files and meta files of a folder. */
export function readFolder(dir: string): { files: InputFile[]; metas: Record<string, string> } {
  const names = readdirSync(dir).sort();
  const files = names.filter((n) => /\.(txt|md)$/.test(n)).map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
  const metas: Record<string, string> = {};
  for (const n of names) if (n.endsWith('.meta.yaml')) metas[reportIdOf(n.replace(/\.meta\.yaml$/, '.txt'))] = readFileSync(join(dir, n), 'utf8');
  return { files, metas };
}

/** The seed reports' files and meta files, from content/reports. */
export function seedFolder(): { files: InputFile[]; metas: Record<string, string> } {
  const { files, metas } = readFolder(REPORTS_DIR);
  return { files: files.filter((f) => SEED_IDS.includes(reportIdOf(f.name))), metas };
}

let cached: IngestOutcome | undefined;
/** The seed reports through the whole pipeline (cached per test process). */
export function ingestSeeds(): IngestOutcome {
  if (!cached) {
    const { files, metas } = seedFolder();
    cached = ingestCorpus('content/reports', files, metas, registry());
  }
  return cached;
}

/** Ingest in-memory files (fixtures) with the real registry. */
export function ingestFiles(files: Array<{ name: string; text?: string; bytes?: Uint8Array }>, metas: Record<string, string> = {}): IngestOutcome {
  return ingestCorpus(
    'fixtures',
    files.map((f) => ({ name: f.name, bytes: f.bytes ?? new TextEncoder().encode(f.text ?? '') })),
    metas,
    registry(),
  );
}
