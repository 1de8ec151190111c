import { openEmbeddedStore } from './embedded.js';
import { openMongoStore } from './mongo.js';
import type { Store } from './port.js';

/** MongoDB when a URI is given, the embedded store otherwise. */
export function openStore(options: { mongoUri?: string; dataDir: string }): Promise<Store> {
  return options.mongoUri ? openMongoStore(options.mongoUri) : openEmbeddedStore(options.dataDir);
}
