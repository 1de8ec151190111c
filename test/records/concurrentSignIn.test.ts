// Several people signing in at the same moment (a panel opening its meeting) all get in.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.stop());

it('signs in six users at once', async () => {
  const names = ['chair', 'probation', 'police', 'housing', 'substance', 'minutes'];
  const results = await Promise.all(
    names.map(async (username) => {
      const client = new ApiClient(server.url);
      const res = await client.post('/api/auth/login', { username, password: PASSWORD });
      return { username, status: res.status, me: (await client.get('/api/me')).body?.user?.username };
    }),
  );
  for (const result of results) expect(result).toEqual({ username: result.username, status: 200, me: result.username });
});
