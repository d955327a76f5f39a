import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // The site is built once before the tests that read dist/ or drive the browser.
    globalSetup: ['tests/setup/build-site.ts'],
    // Browser and build tests share one built site; run files one at a time on 2-core machines.
    fileParallelism: false,
  },
});
