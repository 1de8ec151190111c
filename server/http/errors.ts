// One error handler for every route: clear messages, no stack traces, no personal data.
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { DomainError } from '../services/errors.js';
import { DuplicateKeyError } from '../store/port.js';
import type { Logger } from '../logger.js';

export function describeZodError(err: ZodError) {
  return err.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [...issue.path, ...(keys.length === 1 ? keys : [])].join('.');
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}`
        : issue.code === 'invalid_type' && /received undefined$/.test(issue.message)
          ? 'is required'
          : issue.message;
    return { field: path || keys.join(', ') || '(body)', message };
  });
}

export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({ error: 'Not found' });
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const type = (err as { type?: string }).type;
    if (type === 'entity.parse.failed') {
      res.status(400).json({ error: 'The request body is not valid JSON' });
    } else if (type === 'entity.too.large') {
      res.status(413).json({ error: 'The request body is too large' });
    } else if (err instanceof ZodError) {
      const fields = describeZodError(err);
      res.status(400).json({ error: `Invalid ${fields.map((f) => f.field).join(', ')}: ${fields.map((f) => f.message).join('; ')}`, fields });
    } else if (err instanceof DomainError) {
      res.status(err.status).json({ error: err.message, ...(err.details ? { details: err.details } : {}) });
    } else if (err instanceof DuplicateKeyError) {
      res.status(409).json({ error: 'A record with that name or reference already exists' });
    } else if (typeof (err as { status?: number }).status === 'number' && (err as { status: number }).status < 500) {
      res.status((err as { status: number }).status).json({ error: 'The request could not be processed' });
    } else {
      logger.error({ err: { name: (err as Error).name, message: (err as Error).message }, route: req.route?.path }, 'request failed');
      res.status(500).json({ error: 'Something went wrong on our side. Please try again.' });
    }
  };
}
