// The production image's command without Docker: compiled `node dist/server/main.js` serves /health and stops cleanly;
// /health says when the store is down and what live state is shared; the image files carry what docs/OPERATIONS.md says.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { healthRoutes } from '../../server/http/routes/health.js';
import type { Store } from '../../server/store/port.js';
import { freePort, waitForExit } from '../support/process.js';
import { tempDataDir } from '../support/server.js';

const MAIN = 'dist/server/main.js';
const children: ChildProcess[] = [];
const servers: Server[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const server of servers) server.close();
});

/** `npm test` builds first; a missing or older-than-source build is rebuilt here so the file also runs alone. */
function ensureBuilt() {
  const built = existsSync(MAIN) ? statSync(MAIN).mtimeMs : 0;
  const sources = ['server', 'shared'].flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => path.join(dir, String(f))));
  if (sources.some((f) => f.endsWith('.ts') && statSync(f).mtimeMs > built)) execFileSync('npm', ['run', 'build:server'], { stdio: 'pipe' });
}

async function serveHealth(store: Pick<Store, 'kind' | 'ping'>, redisUrl?: string): Promise<string> {
  const server = createServer(express().use(healthRoutes(store as Store, new Date(), { redisUrl })));
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
}

describe('production build', () => {
  it('runs compiled, without TypeScript: creates DATA_DIR, /health UP, exit 0 on SIGTERM', { timeout: 120_000 }, async () => {
    ensureBuilt();
    const dataDir = path.join(await tempDataDir(), 'data');
    const port = await freePort();
    const child = spawn(process.execPath, ['--enable-source-maps', MAIN], {
      env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: 'production', SESSION_SECRET: 'production-test-secret', PUBLIC_URL: `http://127.0.0.1:${port}`, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', MONGODB_URI: '', REDIS_URL: '', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let out = '';
    child.stdout?.on('data', (d) => (out += d));
    child.stderr?.on('data', (d) => (out += d));
    onTestFailed(() => console.error(`--- output of node ${MAIN} ---\n${out}`));

    let health: Response | undefined;
    for (const deadline = Date.now() + 90_000; Date.now() < deadline && child.exitCode === null; await new Promise((r) => setTimeout(r, 200))) {
      health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => undefined);
      if (health?.status === 200) break;
    }
    expect(child.exitCode, 'the server exited early').toBeNull();
    expect(health?.status).toBe(200);
    expect(await health!.json()).toMatchObject({
      status: 'UP',
      components: { store: { kind: 'embedded', status: 'UP' } },
      live: { redis: false, documentsSharedAcrossProcesses: false },
    });
    expect(existsSync(dataDir)).toBe(true);
    expect(out).toContain('roundtable listening');

    child.kill('SIGTERM');
    expect(await waitForExit(child)).toBe(0);
    expect(out).toContain('roundtable stopped');
  });

  it('/health: 503 when the store does not answer in time; with REDIS_URL, says live documents stay per process', async () => {
    const hung = await serveHealth({ kind: 'mongodb', ping: () => new Promise<boolean>(() => {}) });
    const down = await fetch(hung);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ status: 'DOWN', components: { store: { kind: 'mongodb', status: 'DOWN' } } });

    const shared = await fetch(await serveHealth({ kind: 'embedded', ping: async () => true }, 'redis://127.0.0.1:6379'));
    expect(shared.status).toBe(200);
    expect((await shared.json()).live).toMatchObject({ redis: true, meetingControlSharedAcrossProcesses: true, documentsSharedAcrossProcesses: false });
  });

  it('the image and compose files: every setting passed through and documented, .env kept out, non-root, health check', () => {
    const read = (file: string) => readFileSync(file, 'utf8');
    // Not for operators (image-internal or the local demo's), or an older name that compose must not pass (see there).
    // REMINDER_TODAY fixes "today" for the reminder tests and is honoured only under NODE_ENV=test.
    const internal = new Set(['NODE_ENV', 'HOST', 'CLIENT_DIST', 'ALLOW_EPHEMERAL_SECRET', 'REMINDER_TODAY']);
    const olderNames = new Set(['SESSION_MAX_AGE_MINUTES']);
    const settings = [...read('server/config.ts').matchAll(/env\.([A-Z_]+)/g)].map((m) => m[1]).filter((name) => !internal.has(name));
    expect(settings).toContain('SMTP_SECURE');
    const compose = read('docker-compose.yml');
    const operations = read('docs/OPERATIONS.md');
    for (const name of new Set(settings)) {
      if (!olderNames.has(name)) expect(compose, `docker-compose.yml passes ${name}`).toMatch(new RegExp(`^\\s+${name}:`, 'm'));
      expect(operations, `docs/OPERATIONS.md documents ${name}`).toContain(`\`${name}\``);
    }
    expect(read('.dockerignore').split('\n')).toEqual(expect.arrayContaining(['.env', 'node_modules', 'data', 'dist', '.git']));
    const dockerfile = read('Dockerfile');
    for (const part of ['--omit=dev', 'chown node:node /app/data', 'USER node', 'tini', 'HEALTHCHECK', '/health', '"dist/server/main.js"']) expect(dockerfile).toContain(part);
  });
});
