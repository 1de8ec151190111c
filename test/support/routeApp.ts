// Route tests: one router from server/http/routes on a bare Express app, with stubbed services and a chosen
// signed-in user, behind the app's own refusal auditing and error mapping. Fast: no store, no sessions, no
// sockets other than the one HTTP listener. The real-server suites check the wiring; these check each route's rules.
import type { AddressInfo } from 'node:net';
import express, { type Router } from 'express';
import pino from 'pino';
import type { PublicUser } from '../../shared/domain/records.js';
import { auditRefusals, errorHandler, notFoundHandler } from '../../server/http/errors.js';
import type { Services } from '../../server/services/index.js';

export interface AuditCall {
  userId: string | null;
  action: string;
  targetType: string;
  targetId?: string;
  details?: Record<string, unknown>;
}

export interface RouteApp {
  url: string;
  /** Every audit.record call the routes and the refusal auditing made. */
  audit: AuditCall[];
  request(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

export function user(overrides: Partial<PublicUser> = {}): PublicUser {
  return {
    _id: 'user-1',
    username: 'probation',
    displayName: 'Pat Probation',
    agencyId: 'agency-probation',
    role: 'member',
    ...overrides,
  };
}

/**
 * Serves `routes(services)` with `stubs` as the services (only what the route under test calls; anything else
 * throws, so a route that reaches for more shows up as a 500 in the test) and `signedIn` as req.user.
 */
export async function routeApp(
  routes: (services: Services) => Router,
  stubs: Record<string, unknown>,
  signedIn: PublicUser | null,
): Promise<RouteApp> {
  const audit: AuditCall[] = [];
  const recorder = {
    record: async (userId: string | null, action: string, targetType: string, targetId?: string, details?: Record<string, unknown>) => {
      audit.push({ userId, action, targetType, targetId, details });
    },
    recordPeopleSearch: async (userId: string, filters: Record<string, unknown>) => {
      audit.push({ userId, action: 'person.search', targetType: 'person', details: { filterNames: Object.keys(filters).filter((k) => filters[k] !== undefined) } });
    },
  };
  const services = new Proxy({ audit: recorder, ...stubs } as Record<string, unknown>, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target)) throw new Error(`the route used services.${key}, which this test did not stub`);
      return target[key as string];
    },
  }) as unknown as Services;

  const app = express();
  app.use((req, _res, next) => {
    if (signedIn) req.user = signedIn;
    next();
  });
  app.use(express.json());
  app.use(auditRefusals(recorder));
  app.use(routes(services));
  app.use(notFoundHandler);
  app.use(errorHandler(pino({ level: 'silent' })));
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    audit,
    async request(method, path, body) {
      const res = await fetch(url + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
