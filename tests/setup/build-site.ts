import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Vitest global setup: build the site once (ingest + astro build + Pagefind) so the dist and browser
 * tests check the real output. SKIP_BUILD=1 reuses an existing dist/ (for quick local runs).
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..', '..');
  if (process.env['SKIP_BUILD'] === '1' && existsSync(join(root, 'dist/index.html'))) return;
  const t0 = Date.now();
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  console.log(`built the site for the tests in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
