// A real Roundtable server on a real port with a fresh embedded store (or MongoDB when MONGODB_URI is set).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../server/config.js';
import { DEFAULT_DEMO_PASSWORD, seedDemo, type DemoSummary } from '../../server/demo/seedDemo.js';
import { startServer, type RunningServer } from '../../server/server.js';

export const PASSWORD = DEFAULT_DEMO_PASSWORD;

export async function tempDataDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'roundtable-test-'));
}

export interface TestServer extends RunningServer {
  demo: DemoSummary;
  dataDir: string;
}

/** Starts a server on a free port and seeds the demo partnership. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? (await tempDataDir());
  const server = await startServer(
    loadConfig({ ...process.env, NODE_ENV: 'test', MONGODB_URI: '' }, { port: 0, host: '127.0.0.1', dataDir, logLevel: 'silent', ...overrides }),
  );
  const demo = await seedDemo(server, PASSWORD);
  return { ...server, demo, dataDir };
}
