import { openEmbeddedStore } from './embedded.js';
import type { Store } from './port.js';

/** MongoDB when a URI is given, the embedded store otherwise. The MongoDB driver is loaded only then: it holds
 *  about 20 MB (a 17 MB serialisation buffer among it) from the moment it is imported. */
export async function openStore(options: { mongoUri?: string; dataDir: string }): Promise<Store> {
  if (!options.mongoUri) return openEmbeddedStore(options.dataDir);
  const { openMongoStore } = await import('./mongo.js');
  return openMongoStore(options.mongoUri);
}
