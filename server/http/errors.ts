// One error handler for every route: clear messages, no stack traces, no personal data.
// Every 401 and 403 it answers is also recorded in the audit log as one 'access.refused' entry.
import type { ErrorRequestHandler, Request, RequestHandler } from 'express';
import { ZodError } from 'zod';
import { DomainError } from '../errors.js';
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

/** The audit service, or anything that records like it. */
export interface RefusalRecorder {
  record(userId: string | null, action: string, targetType: string, targetId?: string, details?: Record<string, unknown>): Promise<void>;
}

/** An error whose refusal its route has already audited (a failed sign-in), so it is not recorded twice. */
export interface AuditedError {
  audited: true;
}

const RECORDER = 'refusalRecorder';
const PATH_MAX = 200;

/** Makes refusals of the requests that pass through it auditable by errorHandler. Mount before the routes. */
export function auditRefusals(recorder: RefusalRecorder): RequestHandler {
  return (_req, res, next) => {
    res.locals[RECORDER] = recorder;
    next();
  };
}

function answer(err: unknown, req: Request, logger: Logger): { status: number; body: Record<string, unknown> } {
  const type = (err as { type?: string }).type;
  if (type === 'entity.parse.failed') return { status: 400, body: { error: 'The request body is not valid JSON' } };
  if (type === 'entity.too.large') return { status: 413, body: { error: 'The request body is too large' } };
  if (err instanceof ZodError) {
    const fields = describeZodError(err);
    return { status: 400, body: { error: `Invalid ${fields.map((f) => f.field).join(', ')}: ${fields.map((f) => f.message).join('; ')}`, fields } };
  }
  if (err instanceof DomainError) return { status: err.status, body: { error: err.message, ...(err.details ? { details: err.details } : {}) } };
  if (err instanceof DuplicateKeyError) return { status: 409, body: { error: 'A record with that name or reference already exists' } };
  const status = (err as { status?: unknown }).status;
  if (typeof status === 'number' && status < 500) return { status, body: { error: 'The request could not be processed' } };
  logger.error({ err: { name: (err as Error).name, message: (err as Error).message }, route: req.route?.path }, 'request failed');
  return { status: 500, body: { error: 'Something went wrong on our side. Please try again.' } };
}

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const { status, body } = answer(err, req, logger);
    const send = () => {
      res.status(status).json(body);
    };
    const recorder = res.locals[RECORDER] as RefusalRecorder | undefined;
    if ((status !== 401 && status !== 403) || !recorder || (err as Partial<AuditedError>).audited) return send();
    // Recorded before answering, so whoever sees the answer finds the entry; a failed write is logged, never fatal.
    const details = { method: req.method, path: req.originalUrl.split('?')[0].slice(0, PATH_MAX), status };
    recorder.record(req.user?._id ?? null, 'access.refused', 'request', undefined, details).then(send, (auditErr: unknown) => {
      logger.error({ err: { name: (auditErr as Error).name, message: (auditErr as Error).message } }, 'audit of a refused request failed');
      send();
    });
  };
}
