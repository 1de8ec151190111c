// Notices a dead link to the server within about 2.5 seconds. y-websocket only gives up on a silent socket
// after 30 s, and a browser may keep a WebSocket "open" on a dead network for far longer: the header said
// "Saving…" for half a minute. While the socket is quiet the watchdog asks the server for its state (a sync
// step 1, which the server always answers); if nothing at all comes back, it drops the socket and lets the
// provider reconnect, so the room says "Reconnecting…" at once.
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

export const CHECK_EVERY_MS = 500;
/** Quiet this long: ask the server for something. */
export const PING_AFTER_MS = 1000;
/** Quiet this long: the link is dead. */
export const DEAD_AFTER_MS = 2500;

/** What the page knows about one document's link, kept with the pooled document. */
export interface LinkState {
  /** When the link was last lost (ms), null while it is up or was never up. */
  lostAt: number | null;
  /** When the server last answered on this document (ms), null before it ever did. */
  lastConfirmedAt: number | null;
}

/** Whether a quiet socket should be pinged or given up. Pure. */
export function livenessStep(now: number, lastMessageAt: number, lastPingAt: number): 'ok' | 'ping' | 'dead' {
  const quiet = now - lastMessageAt;
  if (quiet > DEAD_AFTER_MS) return 'dead';
  if (quiet > PING_AFTER_MS && now - lastPingAt > PING_AFTER_MS) return 'ping';
  return 'ok';
}

export function watchLiveness(provider: WebsocketProvider, doc: Y.Doc, link: LinkState, onChange: () => void): () => void {
  let lastPingAt = 0;
  let wasConnected = provider.wsconnected;
  const onStatus = ({ status }: { status: string }) => {
    const connected = status === 'connected';
    if (wasConnected && !connected && link.lostAt === null) {
      link.lostAt = Date.now();
      onChange();
    }
    wasConnected = connected;
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    link.lostAt = null;
    link.lastConfirmedAt = Date.now();
    onChange();
  };
  const goneOffline = () => {
    // The browser knows the network is gone: no need to wait for the socket to fall silent.
    if (provider.wsconnected) reconnect();
  };
  const reconnect = () => {
    provider.disconnect();
    provider.connect();
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  window.addEventListener('offline', goneOffline);
  const timer = setInterval(() => {
    const ws = provider.ws;
    if (!provider.wsconnected || !ws || ws.readyState !== WebSocket.OPEN) return;
    const now = Date.now();
    if (provider.synced) link.lastConfirmedAt = Math.max(link.lastConfirmedAt ?? 0, provider.wsLastMessageReceived);
    const step = livenessStep(now, provider.wsLastMessageReceived, lastPingAt);
    if (step === 'dead') return reconnect();
    if (step === 'ping') {
      lastPingAt = now;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0); // y-websocket's sync message
      syncProtocol.writeSyncStep1(encoder, doc);
      ws.send(encoding.toUint8Array(encoder));
    }
  }, CHECK_EVERY_MS);
  return () => {
    clearInterval(timer);
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    window.removeEventListener('offline', goneOffline);
  };
}
