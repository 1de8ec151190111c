// With REDIS_URL set, several processes share rooms, presence and broadcasts through Redis.
import type { Logger } from '../../logger.js';
import type { ControlServer } from './types.js';

export async function useRedisAdapter(io: ControlServer, redisUrl: string, logger: Logger): Promise<() => Promise<void>> {
  // Loaded only here: a single process without REDIS_URL does without them (about 6 MB).
  const [{ createAdapter }, { createClient }] = await Promise.all([import('@socket.io/redis-adapter'), import('redis')]);
  const pub = createClient({ url: redisUrl });
  const sub = pub.duplicate();
  for (const client of [pub, sub]) client.on('error', (err: Error) => logger.warn({ err: err.message }, 'redis (socket.io adapter) error'));
  await Promise.all([pub.connect(), sub.connect()]);
  io.adapter(createAdapter(pub, sub));
  return async () => {
    await Promise.allSettled([pub.quit(), sub.quit()]);
  };
}
