import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from './pagefind-index.ts';

/**
 * Builds the Pagefind index after Astro writes the site: every page, including each report's full
 * text (every line is an element with an id, so a result can link to the line it matched). Runs
 * through Pagefind's Node API in chunks (see pagefind-index.ts) and fails the build if Pagefind
 * reports errors.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'report-explorer:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await indexSite(fileURLToPath(dir));
        if (summary.errors.length > 0) throw new Error(`Pagefind reported errors:\n${summary.errors.join('\n')}`);
        logger.info(`indexed ${summary.pages} pages in ${summary.chunks} index${summary.chunks > 1 ? 'es' : ''} in ${summary.ms} ms`);
      },
    },
  };
}
