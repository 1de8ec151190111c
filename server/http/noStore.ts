// Every API answer may hold personal data: no browser, proxy or back-forward cache keeps a copy.
import type { RequestHandler } from 'express';

export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};
