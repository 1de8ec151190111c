// The demo server as a separate process a test may SIGKILL and start again on the same data folder, with the Yjs
// clients the test connected: after each test the clients are destroyed and a running server is killed.
import { afterEach } from 'vitest';
import { spawnServer, type ServerProcess } from '../support/process.js';
import type { DocClient } from './support.js';

export function demoProcesses(env: Record<string, string> = {}) {
  let running: ServerProcess | null = null;
  const clients: DocClient[] = [];
  afterEach(() => {
    for (const client of clients.splice(0)) client.destroy();
    running?.child.kill('SIGKILL');
    running = null;
  });
  return {
    clients,
    /** Starts the demo on the data folder (on the port, to take over from a killed one). */
    async start(dataDir: string, port?: string): Promise<ServerProcess> {
      running = await spawnServer({ DATA_DIR: dataDir, ...env, ...(port ? { PORT: port } : {}) }, 'server/scripts/demo.ts');
      return running;
    },
  };
}
