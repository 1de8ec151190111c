import { defineConfig } from 'vitest/config';

// Three layers, each a Vitest project, run one after another (sequence.groupOrder): the fast unit tests
// first, then the integration tests (real servers on real ports), then the browser tests (real Chromium).
// test/support/layerTimes.ts prints how long each layer took, after the default reporter's summary.
const e2e = 'test/e2e/**/*.test.ts';
const logic = 'test/logic/**/*.test.ts';
// Route tests run each router with stubbed services: fast, so they belong with the unit tests.
const routes = 'test/routes/**/*.test.ts';
// Long limits for every layer: on a loaded 2-core machine a spawned server alone may take a minute to answer
// (test/support/process.ts waits up to TEST_SERVER_START_MS) and a unit test of scrypt hashing takes as long.
// A passing test is not slowed by them; a hung one still fails, with its own message.
const slowTimeout = Number(process.env.TEST_TIMEOUT_MS) || 240_000;

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: slowTimeout,
    hookTimeout: slowTimeout,
    // expect.poll waits for a condition, never for a fixed time: its default second is short on a loaded machine.
    expect: { poll: { timeout: Number(process.env.TEST_PAGE_TIMEOUT_MS) || 60_000, interval: 100 } },
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
          include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'client/src/**/*.test.ts', logic, routes],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: [e2e, logic, routes, '**/node_modules/**'],
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
