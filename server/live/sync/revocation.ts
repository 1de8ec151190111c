// Access changes reach open Yjs sockets: on 'access:changed' every connection in the scope re-checks at
// once, and every connection re-checks on an interval so that expired sessions end too.
import type { DomainEventBus, AccessScope } from '../../services/events.js';
import type { ConnectionRegistry } from './connections.js';

export const RECHECK_INTERVAL_MS = 60_000;

export function revokeOnAccessChange(events: DomainEventBus, registry: ConnectionRegistry, intervalMs = RECHECK_INTERVAL_MS): () => void {
  // Synchronous: each socket starts holding its incoming updates before the emitting service goes on.
  const onChanged = (scope: AccessScope) => {
    for (const connection of registry.inScope(scope)) connection.recheck();
  };
  events.on('access:changed', onChanged);
  const sweep = setInterval(() => {
    for (const connection of registry.all()) connection.recheck();
  }, intervalMs);
  sweep.unref();
  return () => {
    events.off('access:changed', onChanged);
    clearInterval(sweep);
  };
}
