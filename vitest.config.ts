import { defineConfig } from 'vitest/config';

// Two projects: fast unit/integration tests (node), and browser tests that drive the real build in
// Debian's Chromium against `npm start`. Both run under `npm test`; browser tests run one file at a time
// (2 cores).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{shared,server,client}/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
