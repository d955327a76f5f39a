import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index after Astro writes the site: every page, including each report's full
 * text (every line is an element with an id, so a result can link to the line it matched). Runs
 * through Pagefind's Node API and fails the build if Pagefind reports errors.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'report-explorer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const t0 = performance.now();
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = await index.addDirectory({ path: out });
        const problems = [...errors, ...site.errors];
        const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
        problems.push(...written.errors);
        await pagefind.close();
        const summary = { pages: site.page_count, errors: problems, ms: Math.round(performance.now() - t0) };
        writeFileSync(join(out, 'pagefind', 'build-report.json'), JSON.stringify(summary, null, 2));
        if (problems.length > 0) throw new Error(`Pagefind reported errors:\n${problems.join('\n')}`);
        logger.info(`indexed ${site.page_count} pages in ${summary.ms} ms`);
      },
    },
  };
}
