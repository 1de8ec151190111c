import { afterEach, describe, expect, it } from 'vitest';
import { loginAs } from '../support/http.js';
import { spawnServer, waitForExit, type ServerProcess } from '../support/process.js';
import { PASSWORD, tempDataDir } from '../support/server.js';

let running: ServerProcess | null = null;
afterEach(() => {
  running?.child.kill('SIGKILL');
  running = null;
});

async function startDemo(dataDir: string, port?: string): Promise<ServerProcess> {
  running = await spawnServer({ DATA_DIR: dataDir, ...(port ? { PORT: port } : {}) }, 'server/scripts/demo.ts');
  return running;
}

describe('restart', () => {
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`keeps a person created before a ${signal}`, async () => {
      const dataDir = await tempDataDir();
      const first = await startDemo(dataDir);
      const admin = await loginAs(first.url, 'admin', PASSWORD);
      const created = await admin.post('/api/people', { name: 'Restart Person', caseReference: `R-${signal}`, custodyStatus: 'on-licence' });
      expect(created.status).toBe(201);

      first.child.kill(signal);
      const code = await waitForExit(first.child);
      if (signal === 'SIGTERM') expect(code).toBe(0);

      const second = await startDemo(dataDir, new URL(first.url).port);
      const again = await loginAs(second.url, 'admin', PASSWORD);
      const found = await again.get(`/api/people/${created.body._id}`);
      expect(found.status).toBe(200);
      expect(found.body.caseReference).toBe(`R-${signal}`);
      // The demo seeding is idempotent: still exactly eight demo people plus ours.
      expect((await again.get('/api/people?limit=200')).body.total).toBe(9);
    });
  }
});
