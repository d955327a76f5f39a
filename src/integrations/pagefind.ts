import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { claimRecords } from '../lib/search-records.ts';
import { ingestFile } from '../lib/exports.ts';

/**
 * Builds the Pagefind index after Astro writes the site: the HTML pages (model, vendor, benchmark,
 * report pages) plus one custom record per claim that deep-links to its report line. Runs through
 * Pagefind's Node API and fails the build if Pagefind reports errors.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'report-explorer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const data = (f: string) => JSON.parse(ingestFile(f));
        const t0 = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = await index.addDirectory({ path: out });
        const problems = [...errors, ...site.errors];
        const records = claimRecords(data('claims.json'), data('reports.json'), { models: data('models.json'), vendors: data('vendors.json'), benchmarks: data('benchmarks.json') });
        for (const r of records) {
          const res = await index.addCustomRecord(r);
          problems.push(...res.errors);
        }
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        problems.push(...written.errors);
        await pagefind.close();
        const summary = { pages: site.page_count, claims: records.length, errors: problems, ms: Math.round(performance.now() - t0) };
        writeFileSync(join(out, 'pagefind', 'build-report.json'), JSON.stringify(summary, null, 2));
        if (problems.length > 0) throw new Error(`Pagefind reported errors:\n${problems.join('\n')}`);
        logger.info(`indexed ${site.page_count} pages and ${records.length} claims in ${summary.ms} ms`);
      },
    },
  };
}
