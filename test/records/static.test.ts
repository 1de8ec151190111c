// The built client as served: fingerprinted assets compressed (brotli, else gzip) and cached for a year, index.html
// and the API's JSON compressed too, index.html revalidated on every load, /favicon.ico the icon rather than the app page, and the client's
// start-up "who am I?" answered without a 401 for a signed-out visitor.
import http from 'node:http';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_FROM_BYTES } from '../../server/http/app.js';
import { ensureClientBuilt } from '../support/browser.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

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

  it('sends index.html and the API\'s JSON compressed too, and plain to a client that asks for no encoding', async () => {
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ username: 'chair', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    for (const path of ['/', '/meetings/some-id/room', '/api/meetings', `/api/meetings/${server.demo.meeting._id}`, '/api/openapi.json']) {
      const plain = await rawGet(path, { cookie, 'accept-encoding': 'identity' });
      expect(plain.status, path).toBe(200);
      // Positive control: the plain answer is big enough to be worth compressing.
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.body.length, path).toBeGreaterThan(COMPRESS_FROM_BYTES);
      for (const [accepted, encoding] of [
        ['gzip, deflate, br, zstd', 'br'],
        ['gzip', 'gzip'],
      ]) {
        const res = await rawGet(path, { cookie, 'accept-encoding': accepted });
        expect(res.status, `${path} ${encoding}`).toBe(200);
        expect(res.headers['content-encoding'], `${path} ${encoding}`).toBe(encoding);
        expect(res.headers.vary, path).toMatch(/accept-encoding/i);
        expect(res.body.length, `${path} ${encoding}`).toBeLessThan(plain.body.length);
        const decoded = encoding === 'br' ? zlib.brotliDecompressSync(res.body) : zlib.gunzipSync(res.body);
        if (path.startsWith('/api/')) expect(JSON.parse(decoded.toString('utf8')), path).toEqual(JSON.parse(plain.body.toString('utf8')));
        else expect(decoded.equals(plain.body), `${path} ${encoding} decodes to the same page`).toBe(true);
      }
    }
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
