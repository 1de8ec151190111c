// A live Yjs document: the shared Y.Doc, its connection to the server and who else has it open.
import { useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { isPermanentClose } from '../../../shared/live/closeCodes';
import type { AwarenessUser } from './awarenessUser';
import { acquireDoc, releaseDoc, setStandby } from './docPool';
import { setDeviceOwner, type DocStatus } from './docStatus';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface LiveDoc {
  name: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  awareness: Awareness;
  status: ConnectionStatus;
  /** The first full exchange with the server is done: the document shows the server's content. */
  synced: boolean;
  /** The code the server refused the document with (signed out, forbidden, unknown document: LIVE_CLOSE_CODES in shared/live/closeCodes.ts). */
  refusedCode: number | null;
  /** The link, unsent changes and whether the server holds them (see docStatus.ts). */
  docStatus: DocStatus;
  /** Synced at least once on this page: the content shown is the server's (as last confirmed) plus local edits. */
  shown: boolean;
  /** Its socket is given up for now on purpose (docPool's standby): not live, but not a lost link either. */
  standby: boolean;
}

function statusOf(provider: WebsocketProvider): ConnectionStatus {
  if (provider.wsconnected) return 'connected';
  return provider.wsconnecting ? 'connecting' : 'disconnected';
}

/** `standby`: the document stays open and on screen but gives up its socket for now (the pool's limit of three). */
export function useYDoc(name: string | null, user: AwarenessUser | null, standby = false): LiveDoc | null {
  const [live, setLive] = useState<LiveDoc | null>(null);

  useEffect(() => {
    if (!name) {
      setLive(null);
      return;
    }
    const { doc, provider, status: docStatus } = acquireDoc(name);
    const snapshot = (refusedCode: number | null = null): LiveDoc => ({
      name,
      doc,
      provider,
      awareness: provider.awareness,
      status: statusOf(provider),
      synced: provider.synced,
      refusedCode,
      docStatus,
      shown: docStatus.everSynced || provider.synced,
      standby: false,
    });
    let refused: number | null = null;
    const update = () => setLive(snapshot(refused));
    // The provider reports only the closes after which it stops reconnecting; a reduced access or an out-of-sync
    // update makes it reconnect by itself.
    const onClosed = (event: { code: number }) => {
      if (!isPermanentClose(event.code)) return;
      refused = event.code;
      update();
    };
    provider.on('status', update);
    provider.on('sync', update);
    provider.on('closed', onClosed);
    update();
    return () => {
      provider.off('status', update);
      provider.off('sync', update);
      provider.off('closed', onClosed);
      releaseDoc(name);
    };
  }, [name]);

  // After the effect above, so the document is in the pool when it is put on standby (and still there when it is not).
  useEffect(() => {
    if (!name || !standby) return;
    setStandby(name, true);
    return () => setStandby(name, false);
  }, [name, standby]);

  const awareness = live?.awareness;
  useEffect(() => {
    if (awareness && user) awareness.setLocalStateField('user', user);
  }, [awareness, user]);
  // Unsent changes are kept in this browser's storage under the signed-in user.
  const userId = user?.id ?? null;
  useEffect(() => {
    if (userId) setDeviceOwner(userId);
  }, [userId]);

  return useMemo(() => (live && live.name === name ? { ...live, standby } : null), [live, name, standby]);
}

/** While the link is down: when the server last confirmed this document (ms), else null. */
export function lastConfirmedWhileOffline(live: LiveDoc | null): number | null {
  if (!live || live.standby || (live.status === 'connected' && live.synced)) return null;
  return live.docStatus.link.lastConfirmedAt;
}
