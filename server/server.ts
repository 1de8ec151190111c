// Builds one Roundtable process: store, services, HTTP app, live layer. Used by main.ts and the tests.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSessionAuth } from './auth/session.js';
import type { Config } from './config.js';
import { createApp } from './http/app.js';
import { attachLive } from './live/index.js';
import { createLogger, type Logger } from './logger.js';
import { agencyListComposer } from './mail/agencyListMessage.js';
import { composeEmail } from './mail/compose.js';
import { createSmtpTransport } from './mail/transport.js';
import { startMailWorker } from './mail/worker.js';
import { createServices, type Services } from './services/index.js';
import { reminderService } from './services/reminders.js';
import { openStore } from './store/open.js';
import type { Store } from './store/port.js';

export interface RunningServer {
  httpServer: Server;
  port: number;
  url: string;
  services: Services;
  /** The store itself, for scripts and tests; the services do not expose it. */
  store: Store;
  logger: Logger;
  stop(): Promise<void>;
}

/** `prepare` runs after the store opens and before the port accepts requests (e.g. demo seeding). */
export async function startServer(config: Config, prepare?: (services: Services, store: Store) => Promise<void>): Promise<RunningServer> {
  const logger = createLogger(config.logLevel);
  const store = await openStore({ mongoUri: config.mongoUri, dataDir: config.dataDir });
  const services = createServices(store, {
    logger,
    auditEditWindowMs: config.auditEditWindowMs,
    ...(config.groupCommitMs ? { documents: { groupCommitMs: config.groupCommitMs } } : {}),
  });
  await prepare?.(services, store);
  // A close that committed but did not finish before a crash is completed before anyone connects.
  const recovered = await services.close.recover();
  if (recovered > 0) logger.warn({ closures: recovered }, 'completed interrupted meeting closes');
  // A release-date change recorded but not yet applied or told before a stop is finished (each person told once).
  const releaseChanges = await services.releaseChanges.recover();
  if (releaseChanges > 0) logger.warn({ releaseChanges }, 'completed interrupted release-date changes');
  const mailWorker = await startMailWorker({
    outbox: services.outbox,
    transport: await createSmtpTransport(config.smtp),
    from: config.smtp.from,
    compose: composeEmail(agencyListComposer(services.agencyLists, config.publicUrl), config.publicUrl),
    audit: services.audit,
    logger,
    ...config.mail,
  });
  // Reminders to action owners before and when actions fall due (each sent once: see services/reminders.ts).
  const reminders = reminderService({
    store,
    notify: (input) => services.notifications.notify(input),
    firstDaysNotices: (today) => services.firstDaysChecklist.noticesDue(today),
    logger,
  }).start(config.reminders);
  const auth = createSessionAuth(config, store, services.users);
  // A sign-out, a disabled account or a changed role: no socket opening afterwards may reuse an earlier answer.
  services.events.on('access:changed', () => auth.forgetSessions());
  // The app listener exists before the live layer attaches, so Socket.IO (which wraps the 'request'
  // listeners present when it attaches) answers /socket.io/ requests and passes the rest on.
  let app: RequestListener = (_req, res) => res.writeHead(503).end();
  const httpServer = createServer((req, res) => app(req, res));
  const live = await attachLive({ httpServer, config, logger, services, auth });
  app = createApp({ config, logger, services, auth, live, storeHealth: store });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  logger.info({ port, store: store.kind }, 'roundtable listening');
  if (config.redisUrl) logger.warn('REDIS_URL is set: meeting control is shared across processes, live documents are not; run a single app process');

  let stopping: Promise<void> | null = null;
  return {
    httpServer,
    port,
    url: `http://127.0.0.1:${port}`,
    services,
    store,
    logger,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
        await live.close();
        await reminders.stop();
        await mailWorker.stop();
        httpServer.closeAllConnections();
        await closed;
        await services.auditEdits.flush();
        await store.close();
        logger.info('roundtable stopped');
      })();
      return stopping;
    },
  };
}
