import type { Request, RequestHandler } from 'express';
import { z } from 'zod';
import type { PublicUser } from '../../shared/domain/records.js';
import type { Role } from '../../shared/domain/schemas.js';
import { DomainError, Forbidden } from '../errors.js';

class Unauthenticated extends DomainError {
  constructor() {
    super(401, 'You need to sign in');
  }
}

export const requireUser: RequestHandler = (req, _res, next) => {
  next(req.user ? undefined : new Unauthenticated());
};

export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) return next(new Unauthenticated());
    next(roles.includes(req.user.role) ? undefined : new Forbidden());
  };
}

/** The signed-in user; routes behind requireUser only. */
export function currentUser(req: Request): PublicUser {
  return req.user as PublicUser;
}

export const pageQuery = z.object({
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
