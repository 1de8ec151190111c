// Whether the server holds this client's changes to one live document.
import { useEffect, useState } from 'react';
import { fetchServerStateVector, serverHasLocalChanges } from './serverStateVector';
import type { LiveDoc } from './useYDoc';

export type SaveState = 'connecting' | 'saved' | 'saving' | 'offline';

const SETTLE_MS = 300;
const RETRY_MS = [500, 1000, 2000, 3000];
const FETCH_TIMEOUT_MS = 5000;

export function useSaveState(live: LiveDoc | null): SaveState {
  const [pending, setPending] = useState(false);
  const doc = live?.doc;
  const name = live?.name;
  const provider = live?.provider;
  const online = live?.status === 'connected' && live.synced;
  const [wasOnline, setWasOnline] = useState(false);
  if (online && !wasOnline) setWasOnline(true);

  // Any change not received from the server is a local change that still has to reach it.
  useEffect(() => {
    if (!doc || !provider) return;
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (origin !== provider) setPending(true);
    };
    doc.on('update', onUpdate);
    return () => doc.off('update', onUpdate);
  }, [doc, provider]);

  // While connected, poll the server's state vector until it covers the local clock.
  useEffect(() => {
    if (!doc || !name || !pending || !online) return;
    const controller = new AbortController();
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout>;
    const check = async () => {
      try {
        // A request that hangs (a dropped connection) must not stop the checking: give up and retry.
        const server = await fetchServerStateVector(name, AbortSignal.any([controller.signal, AbortSignal.timeout(FETCH_TIMEOUT_MS)]));
        if (serverHasLocalChanges(doc, server)) return setPending(false);
      } catch {
        if (controller.signal.aborted) return;
      }
      timer = setTimeout(() => void check(), RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
    };
    // Each local edit restarts this effect through `pending` only once; later edits are caught
    // because the check compares clocks at the time it runs.
    timer = setTimeout(() => void check(), SETTLE_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // `live` is a fresh object on every provider event; the check depends only on the document's name.
  }, [doc, name, pending, online]);

  if (!live) return 'connecting';
  if (live.refusedCode !== null) return 'offline';
  // Between reconnection attempts the provider says "connecting": still offline for the user.
  if (!online) return pending || wasOnline ? 'offline' : 'connecting';
  return pending ? 'saving' : 'saved';
}
