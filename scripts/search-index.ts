import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The search index: Pagefind over a built site, run after `astro build` as a process of its own
 *   node scripts/search-index.ts [DIST]        (DIST defaults to dist/)
 * so the build's peak memory is the larger of Astro's and Pagefind's rather than their sum (Astro's
 * process keeps the memory it rendered with). `npm run build` runs it; so does anything that builds
 * a site with `astro build --outDir OUT` (then `node scripts/search-index.ts OUT`). Exits non-zero,
 * with Pagefind's messages, if Pagefind reports errors.
 */

/**
 * HTML bytes per Pagefind index. Pagefind's memory while indexing grows with the text it holds
 * (about 40 bytes per byte of report HTML), so chunks of 5 MB keep it near 200 MB.
 * PAGEFIND_CHUNK_PAGES caps pages per chunk instead (tests use it to force several chunks).
 */
const CHUNK_BYTES = Number(process.env['PAGEFIND_CHUNK_BYTES'] ?? 5e6);
const CHUNK_PAGES = Number(process.env['PAGEFIND_CHUNK_PAGES'] ?? Infinity);

export interface IndexSummary {
  pages: number;
  skipped: number;
  chunks: number;
  errors: string[];
  ms: number;
}

/**
 * Index a built site with Pagefind, in chunks: each chunk its own index (the first in
 * `pagefind/`, the others in `pagefind/chunks/<k>/`, listed in `pagefind/chunks.json` for the
 * search page to merge), with the Pagefind service restarted between chunks so memory stays
 * bounded as the site grows. Pages without data-pagefind-body are left out. Writes
 * `pagefind/build-report.json`.
 */
export async function indexSite(out: string): Promise<IndexSummary> {
  const t0 = performance.now();
  const chunks: string[][] = [[]];
  let bytes = 0;
  let skipped = 0;
  for (const f of htmlFiles(out)) {
    // Pages without data-pagefind-body (mention lists, 404) are not indexed: leave them out of the chunks.
    if (!hasBodyMarker(join(out, f))) {
      skipped++;
      continue;
    }
    const size = statSync(join(out, f)).size;
    const last = chunks[chunks.length - 1]!;
    if (last.length > 0 && (bytes + size > CHUNK_BYTES || last.length >= CHUNK_PAGES)) {
      chunks.push([]);
      bytes = 0;
    }
    chunks[chunks.length - 1]!.push(f);
    bytes += size;
  }
  const problems: string[] = [];
  const extra: string[] = [];
  let indexed = 0;
  for (const [k, files] of chunks.entries()) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    problems.push(...errors);
    // Read again here rather than held from the first pass: the whole site's HTML would not fit the memory budget.
    for (const f of files) {
      const res = await index.addHTMLFile({ url: '/' + f.replace(/index\.html$/, ''), content: readFileSync(join(out, f), 'utf8') });
      problems.push(...res.errors);
      if (res.file) indexed++;
    }
    const path = k === 0 ? 'pagefind' : `pagefind/chunks/${k}`;
    if (k > 0) extra.push(`/${path}/`);
    const written = await index.writeFiles({ outputPath: join(out, path) });
    problems.push(...written.errors);
    // Stop the service so the next chunk starts from empty memory.
    await pagefind.close();
  }
  mkdirSync(join(out, 'pagefind'), { recursive: true });
  writeFileSync(join(out, 'pagefind', 'chunks.json'), JSON.stringify(extra));
  const summary: IndexSummary = { pages: indexed, skipped, chunks: chunks.length, errors: problems, ms: Math.round(performance.now() - t0) };
  writeFileSync(join(out, 'pagefind', 'build-report.json'), JSON.stringify(summary, null, 2));
  return summary;
}

const MARKER = 'data-pagefind-body';
const HEAD_BYTES = 64 * 1024;

/** Does the page mark a body for Pagefind? The marker sits on <main>, near the top: read the head first, the whole file only if needed. */
function hasBodyMarker(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    if (buf.subarray(0, n).includes(MARKER)) return true;
    if (n < HEAD_BYTES) return false;
  } finally {
    closeSync(fd);
  }
  return readFileSync(path).includes(MARKER);
}

/** HTML files under a folder, relative to it, in a stable order. */
function htmlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (relative(root, p) !== 'pagefind') walk(p);
      } else if (name.endsWith('.html')) out.push(relative(root, p).replace(/\\/g, '/'));
    }
  };
  walk(root);
  return out;
}

if (import.meta.main) {
  const dist = resolve(process.argv[2] ?? 'dist');
  const s = existsSync(dist) ? await indexSite(dist) : undefined;
  if (!s || s.pages === 0) {
    console.error(`search-index: no pages to index in ${dist}. Build the site first (npx astro build --outDir ${process.argv[2] ?? 'dist'}), then run this on its output folder.`);
    process.exit(1);
  }
  if (s.errors.length > 0) {
    console.error(`search-index: Pagefind reported ${s.errors.length} error${s.errors.length > 1 ? 's' : ''} indexing ${dist}:\n${s.errors.join('\n')}`);
    process.exit(1);
  }
  console.log(`search-index: ${s.pages} pages in ${s.chunks} index${s.chunks > 1 ? 'es' : ''} (${s.skipped} pages without a search body left out) in ${s.ms} ms`);
}
