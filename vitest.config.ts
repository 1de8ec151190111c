import { defineConfig } from 'vitest/config';

// Three layers, each a Vitest project, run one after another (sequence.groupOrder): the fast unit tests
// first, then the integration tests (real servers on real ports), then the browser tests (real Chromium).
// test/support/layerTimes.ts prints how long each layer took, after the default reporter's summary.
const e2e = 'test/e2e/**/*.test.ts';
const logic = 'test/logic/**/*.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { NODE_ENV: 'test' },
    // The layer lines print just before the default reporter's closing summary, which stays the last output.
    reporters: ['./test/support/layerTimes.ts', 'default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'client/src/**/*.test.ts', logic],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [e2e, logic, '**/node_modules/**'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: [e2e],
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
