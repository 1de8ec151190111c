// The built client: fingerprinted /assets/* cached for a year and sent brotli- or gzip-compressed
// when the browser accepts it (each compressed file made once, on first request, and kept in memory),
// index.html never cached without a fresh check, /favicon.ico answered with the SVG icon.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import express, { Router, type Request, type Response } from 'express';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export type Encoding = 'br' | 'gzip';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Text types worth compressing; fonts (woff/woff2) are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.map', '.txt', '.html']);
/** A fingerprinted asset: one file name directly under /assets, no traversal. */
const ASSET_PATH = /^\/assets\/([\w.-]+)$/;

/** The encoding to use for an Accept-Encoding header: br before gzip, none for q=0 or absent. */
export function pickEncoding(acceptEncoding: string | undefined): Encoding | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q ? Number(q.slice(2)) : 1;
    if (token) accepted.set(token, Number.isFinite(weight) ? weight : 0);
  }
  const weightOf = (name: string) => accepted.get(name) ?? (accepted.has('*') ? (accepted.get('*') ?? 0) : 0);
  if (weightOf('br') > 0) return 'br';
  if (weightOf('gzip') > 0) return 'gzip';
  return null;
}

async function compress(file: string, encoding: Encoding): Promise<Buffer> {
  const body = await readFile(file);
  if (encoding === 'gzip') return gzip(body, { level: 9 });
  // Quality 9: within a few per cent of 11 at a fifth of the time, so the first request is not held up.
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

export function clientRoutes(clientDist: string): Router {
  const router = Router();
  const assetsDir = path.join(clientDist, 'assets');
  const compressed = new Map<string, Promise<Buffer>>();

  const sendCompressed = (req: Request, res: Response, file: string, encoding: Encoding) => {
    const key = `${encoding}:${file}`;
    let pending = compressed.get(key);
    if (!pending) {
      pending = compress(file, encoding);
      compressed.set(key, pending);
      pending.catch(() => compressed.delete(key));
    }
    return pending.then((body) => {
      res.setHeader('Cache-Control', IMMUTABLE);
      res.setHeader('Content-Encoding', encoding);
      res.setHeader('Content-Length', body.length);
      res.type(path.extname(file));
      if (req.method === 'HEAD') res.end();
      else res.end(body);
    });
  };

  router.use((req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const match = ASSET_PATH.exec(req.path);
    if (!match) return next();
    const file = path.join(assetsDir, match[1]);
    if (!COMPRESSIBLE.has(path.extname(file)) || !existsSync(file)) return next();
    res.vary('Accept-Encoding');
    const encoding = pickEncoding(req.headers['accept-encoding']);
    if (!encoding) return next();
    sendCompressed(req, res, file, encoding).catch(next);
  });

  router.use(
    '/assets',
    express.static(assetsDir, {
      index: false,
      setHeaders: (res) => res.setHeader('Cache-Control', IMMUTABLE),
    }),
  );
  // A missing asset is a 404, not the app's page (a stale tab asking for an old bundle).
  router.use('/assets', (_req, res) => {
    res.status(404).type('text/plain').send('Not found');
  });

  const favicon = path.join(clientDist, 'favicon.svg');
  router.get('/favicon.ico', (_req, res) => {
    if (!existsSync(favicon)) return res.status(404).type('text/plain').send('Not found');
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type('image/svg+xml').sendFile(favicon);
  });

  const sendIndex = (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', REVALIDATE);
    res.sendFile(path.join(clientDist, 'index.html'));
  };
  router.get('/index.html', sendIndex);
  // Files at the top of the build (favicon.svg): an hour, their names carry no fingerprint.
  router.use(express.static(clientDist, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/|yjs\/|socket\.io\/).*/, sendIndex);
  return router;
}
