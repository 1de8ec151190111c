// `npm run demo`: seed the demo partnership (idempotently), then serve the app.
import { loadConfig } from '../config.js';
import { DEFAULT_DEMO_PASSWORD, seedDemo } from '../demo/seedDemo.js';
import { startServer } from '../server.js';

const password = process.env.DEMO_PASSWORD ?? DEFAULT_DEMO_PASSWORD;
let created = false;
const server = await startServer(loadConfig({ NODE_ENV: 'production', ALLOW_EPHEMERAL_SECRET: '1', ...process.env }), async (services, store) => {
  ({ created } = await seedDemo({ services, store }, password));
});
const base = process.env.PUBLIC_URL ?? `http://localhost:${server.port}`;
console.log(`
Roundtable demo is running (${created ? 'demo data created' : 'demo data already there'}; store: ${server.store.kind}).
  Open ${base}
  Sign in as chair, probation, police, housing, substance, minutes, observer or admin
  Password: ${process.env.DEMO_PASSWORD ? 'the value of DEMO_PASSWORD' : DEFAULT_DEMO_PASSWORD}
Stop with Ctrl+C.
`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void server.stop().then(() => process.exit(0)));
}
