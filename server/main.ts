// Entry point: `npm start`. Stops gracefully on SIGTERM/SIGINT (stop accepting, flush, close the store).
import { loadConfig } from './config.js';
import { startServer } from './server.js';

const server = await startServer(loadConfig());
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.logger.info({ signal }, 'shutting down');
    server.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
