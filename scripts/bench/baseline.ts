import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A bare Astro site with `pages` pages of plain report text (no pipeline, no components), for the
 * same-run baseline: our build time ÷ this build time is the pipeline's overhead.
 */
export function writeBaselineSite(dir: string, pages: number, reportsDir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' }, devToolbar: { enabled: false } });\n");
  // The page list is inlined: getStaticPaths runs from the build's working directory.
  const cfg = JSON.stringify({ dir: reportsDir, pages });
  writeFileSync(
    join(dir, 'src/pages/[n].astro'),
    `---
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
export function getStaticPaths() {
  const cfg = ${cfg};
  const files = readdirSync(cfg.dir).filter((f) => f.endsWith('.txt')).sort();
  return Array.from({ length: cfg.pages }, (_, i) => ({ params: { n: String(i) }, props: { file: join(cfg.dir, files[i % files.length]) } }));
}
const text = readFileSync(Astro.props.file, 'utf8');
---
<html lang="zh"><head><meta charset="utf-8"><title>Page {Astro.params.n}</title></head><body><main data-pagefind-body><pre>{text}</pre></main></body></html>
`,
  );
  void readFileSync;
}
