/**
 * Index a built site with Pagefind the way the project's build does (Node API, in chunks), for the
 * bench baseline: the Pagefind CLI, which holds the whole index in memory, ran out of memory on
 * the 5,000-report baseline (about 18,000 pages) on a 24 GB machine.
 *   node scripts/bench/pagefind-chunked.ts DIST
 */
import { indexSite } from '../../src/integrations/pagefind-index.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/bench/pagefind-chunked.ts DIST');
  process.exit(1);
}
const s = await indexSite(dir);
console.log(`indexed ${s.pages} pages in ${s.chunks} indexes in ${s.ms} ms; ${s.errors.length} errors`);
if (s.errors.length > 0) process.exit(1);
