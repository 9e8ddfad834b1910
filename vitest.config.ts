import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // End-to-end tests start the CLI and a browser; on a 2-core machine under load that takes seconds.
    testTimeout: 30_000,
  },
});
