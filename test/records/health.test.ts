import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.stop());

describe('health', () => {
  it('reports UP with the store kind, answers /ping, and 503 once the store is down', async () => {
    const ping = await fetch(`${server.url}/ping`);
    expect(ping.status).toBe(200);
    const up = await fetch(`${server.url}/health`);
    expect(up.status).toBe(200);
    const body = await up.json();
    expect(body).toMatchObject({ status: 'UP', components: { store: { kind: 'embedded', status: 'UP' } } });

    await server.store.close();
    const down = await fetch(`${server.url}/health`);
    expect(down.status).toBe(503);
    expect((await down.json()).status).toBe('DOWN');
  });
});
