// `npm run create-admin -- <username> "<Display name>" <agency name> <contact e-mail>`; password from ADMIN_PASSWORD.
// Creates the agency if it does not exist yet, then an administrator in it.
import { userInput } from '../../shared/domain/schemas.js';
import { loadConfig } from '../config.js';
import { createServices } from '../services/index.js';
import { openStore } from '../store/open.js';

const [username, displayName, agencyName, contactEmail] = process.argv.slice(2);
const password = process.env.ADMIN_PASSWORD;
if (!username || !displayName || !agencyName || !contactEmail || !password) {
  console.error('Usage: ADMIN_PASSWORD=... npm run create-admin -- <username> "<Display name>" "<Agency name>" <agency contact e-mail>');
  process.exit(2);
}
const config = loadConfig();
const store = await openStore({ mongoUri: config.mongoUri, dataDir: config.dataDir });
try {
  const services = createServices(store);
  const agency =
    (await store.collection('agencies').findOne({ name: agencyName })) ??
    (await services.agencies.create({ name: agencyName, contactEmail }));
  const user = await services.users.create(userInput.parse({ username, displayName, agencyId: agency._id, role: 'admin', password }));
  await services.audit.record(null, 'user.create-admin', 'user', user._id);
  console.log(`Administrator ${user.username} created.`);
} catch (err) {
  console.error(`Could not create the administrator: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
