// Runs the server as a separate OS process, so tests can SIGKILL it and start it again.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { onTestFailed } from 'vitest';

// Ports for the servers tests start themselves: below Linux's ephemeral range (32768 and up, where listen(0) and
// outgoing connections take theirs), in a block of its own for each Vitest worker, and a new one each time. A port
// drawn with listen(0) and closed again can be drawn again by another worker, or bound by another test's in-process
// server, before the child binds it; the child then exits, and its health check may be answered by the other server.
const FIRST_PORT = 20_000;
const PORTS_PER_WORKER = 200;
let nextPortOffset = Math.floor(Math.random() * PORTS_PER_WORKER);

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  const worker = Math.max(1, Number(process.env.VITEST_POOL_ID) || 1);
  const first = FIRST_PORT + ((worker - 1) % 60) * PORTS_PER_WORKER;
  for (let tried = 0; tried < PORTS_PER_WORKER; tried++) {
    const port = first + (nextPortOffset++ % PORTS_PER_WORKER);
    if (await canListen(port)) return port;
  }
  throw new Error(`No free port in ${first}-${first + PORTS_PER_WORKER - 1} for this test worker`);
}

/** How long a helper waits for something it starts (TEST_SERVER_START_MS, default 120 s on a busy 2-core machine). */
export function startWaitMs(): number {
  const fromEnv = Number(process.env.TEST_SERVER_START_MS);
  return Number.isFinite(fromEnv) && fromEnv > 0 ? fromEnv : 120_000;
}

const OUTPUT_TAIL = 4096;

/** The last ~4 KB of a process's output, for error messages. */
export function outputTail(out: string, limit = OUTPUT_TAIL): string {
  if (!out.trim()) return '(no output)';
  return out.length > limit ? `…${out.slice(-limit)}` : out;
}

/**
 * Calls onFailed if the Vitest test this runs in fails (its own timeout included) while `pending()` still
 * holds; does nothing outside a test (in a hook, say).
 */
export function reportIfTestFails(pending: () => boolean, onFailed: () => void): void {
  try {
    onTestFailed(() => {
      if (pending()) onFailed();
    });
  } catch {
    // Not inside a test: the helper's own error message is all there is.
  }
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  output(): string;
}

export interface SpawnOptions {
  /** How long to wait for /health to answer 200; TEST_SERVER_START_MS or 120 s by default. */
  startMs?: number;
}

export async function spawnServer(env: Record<string, string>, script = 'server/main.ts', options: SpawnOptions = {}): Promise<ServerProcess> {
  const port = env.PORT ?? String(await freePort());
  const startMs = options.startMs ?? startWaitMs();
  const startedAt = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', MONGODB_URI: '', SESSION_SECRET: 'test-secret', ...env, PORT: port, HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  let spawnError: Error | null = null;
  child.once('error', (err) => (spawnError = err));
  const url = `http://127.0.0.1:${port}`;
  const describe = (what: string) =>
    `${what} (${script} on port ${port}, after ${((Date.now() - startedAt) / 1000).toFixed(1)} s; wait limit ${startMs / 1000} s, TEST_SERVER_START_MS). Its output:\n${outputTail(out)}`;

  let starting = true;
  // When the surrounding test's own timeout ends it first, still say what the server printed.
  reportIfTestFails(
    () => starting,
    () => {
      starting = false;
      child.kill('SIGKILL');
      console.error(describe('The test failed while the server was still starting'));
    },
  );
  try {
    const deadline = startedAt + startMs;
    while (Date.now() < deadline && starting) {
      if (spawnError) throw new Error(describe(`The server could not be started: ${(spawnError as Error).message}`), { cause: spawnError });
      if (child.exitCode !== null || child.signalCode !== null)
        throw new Error(describe(`The server exited before it was healthy (code ${child.exitCode}, signal ${child.signalCode})`));
      try {
        // Not kept alive: the test's first request opens its own connection to the server it has just seen healthy.
        const res = await fetch(`${url}/health`, { headers: { connection: 'close' }, signal: AbortSignal.timeout(5_000) });
        if (res.status === 200) return { child, url, output: () => out };
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    throw new Error(describe('The server did not become healthy'));
  } finally {
    starting = false;
  }
}

export function waitForExit(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}
