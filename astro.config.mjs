// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  // A separate cache lets tests build a second site (another data folder) without mixing content.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  // The stylesheet is small: inline it so no page waits on a render-blocking request.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // The search index is built after Astro exits, in a process of its own: scripts/search-index.ts.
  integrations: [mdx()],
  devToolbar: { enabled: false },
  // No code blocks in the content; Shiki's inline styles would also clash with the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    // Only the site's own bundled scripts run; Pagefind needs WebAssembly. Report text never runs.
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-src 'none'"],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
