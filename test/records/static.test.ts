// The built client as served: fingerprinted assets compressed (brotli, else gzip) and cached for a year,
// index.html revalidated on every load, /favicon.ico the icon rather than the app page, and the client's
// start-up "who am I?" answered without a 401 for a signed-out visitor.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
beforeAll(async () => {
  ensureClientBuilt();
  server = await startTestServer();
});
afterAll(() => server.stop());

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The bytes on the wire, not decompressed. */
  body: Buffer;
}

/** A GET whose body is left as sent (fetch would decompress it). */
function rawGet(path: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(`${server.url}${path}`, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function mainBundlePath(): Promise<string> {
  const html = (await rawGet('/')).body.toString('utf8');
  const src = /<script[^>]+src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'the main script in index.html').toBeTruthy();
  return src!;
}

describe('the built client', () => {
  it('sends the main bundle compressed when the browser accepts it, and says how much it saves', async () => {
    const bundle = await mainBundlePath();
    const plain = await rawGet(bundle, { 'accept-encoding': 'identity' });
    const br = await rawGet(bundle, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    const gzip = await rawGet(bundle, { 'accept-encoding': 'gzip' });
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    for (const res of [br, gzip]) {
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers.vary).toMatch(/accept-encoding/i);
      expect(res.body.length).toBeLessThan(plain.body.length / 2);
    }
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
    console.log(`main bundle ${bundle}: ${kb(plain.body.length)} uncompressed, ${kb(gzip.body.length)} gzip, ${kb(br.body.length)} brotli`);
  });

  it('caches fingerprinted assets for a year and revalidates index.html', async () => {
    const bundle = await mainBundlePath();
    for (const encoding of ['identity', 'br']) {
      const res = await rawGet(bundle, { 'accept-encoding': encoding });
      expect(res.headers['cache-control'], encoding).toBe('public, max-age=31536000, immutable');
    }
    for (const page of ['/', '/login', '/meetings/some-id/room', '/index.html']) {
      const res = await rawGet(page);
      expect(res.status, page).toBe(200);
      expect(res.headers['content-type'], page).toMatch(/text\/html/);
      expect(res.headers['cache-control'], page).toBe('no-cache');
    }
  });

  it('a missing asset is a 404, not the app page', async () => {
    const res = await rawGet('/assets/index-gone.js', { 'accept-encoding': 'br' });
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).not.toMatch(/text\/html/);
  });

  it('/favicon.ico answers the icon, not the app page', async () => {
    const res = await rawGet('/favicon.ico');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^image\//);
    expect(res.body.toString('utf8')).not.toMatch(/<html/i);
  });

  it('a signed-out visitor asking who is signed in at start-up gets { user: null }, not a 401', async () => {
    const optional = await fetch(`${server.url}/api/me?optional`);
    expect(optional.status).toBe(200);
    expect(await optional.json()).toEqual({ user: null });
    // Every other caller still gets the 401.
    expect((await fetch(`${server.url}/api/me`)).status).toBe(401);
  });
});
