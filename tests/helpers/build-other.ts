import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './corpus.ts';

/**
 * Build a second copy of the site from the seed reports plus extra files, into tmp/<name>/dist,
 * using the real CLI, Astro build and search index (data folder passed with REPORT_DATA_DIR).
 */
export function buildSiteWith(name: string, extra: string[]): { dist: string; data: string } {
  const base = join(ROOT, 'tmp', name);
  rmSync(base, { recursive: true, force: true });
  const reports = join(base, 'reports');
  mkdirSync(reports, { recursive: true });
  for (const f of readdirSync(join(ROOT, 'content/reports'))) cpSync(join(ROOT, 'content/reports', f), join(reports, f));
  for (const f of extra) cpSync(f, join(reports, f.split('/').pop()!));
  const data = join(base, 'data');
  const dist = join(base, 'dist');
  // Small Pagefind chunks, so the search page must merge several indexes.
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', REPORT_DATA_DIR: data, ASTRO_CACHE_DIR: join(base, 'cache'), PAGEFIND_CHUNK_PAGES: '2' };
  execFileSync('node', ['scripts/ingest.ts', '--in', reports, '--out', data, '--keep-going', '--quiet'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('npx', ['astro', 'build', '--outDir', dist], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  execFileSync('node', ['scripts/search-index.ts', dist], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return { dist, data };
}
