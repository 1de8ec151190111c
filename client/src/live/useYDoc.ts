// A live Yjs document: the shared Y.Doc, its connection to the server and who else has it open.
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { AwarenessUser } from './awarenessUser';
import { acquireDoc, releaseDoc } from './docPool';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export interface LiveDoc {
  name: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  awareness: Awareness;
  status: ConnectionStatus;
  /** The first full exchange with the server is done: the document shows the server's content. */
  synced: boolean;
  /** The server refused the document (4401 signed out, 4403 not allowed, 4404 no such document). */
  refusedCode: number | null;
}

function statusOf(provider: WebsocketProvider): ConnectionStatus {
  if (provider.wsconnected) return 'connected';
  return provider.wsconnecting ? 'connecting' : 'disconnected';
}

export function useYDoc(name: string | null, user: AwarenessUser | null): LiveDoc | null {
  const [live, setLive] = useState<LiveDoc | null>(null);

  useEffect(() => {
    if (!name) {
      setLive(null);
      return;
    }
    const { doc, provider } = acquireDoc(name);
    const snapshot = (refusedCode: number | null = null): LiveDoc => ({
      name,
      doc,
      provider,
      awareness: provider.awareness,
      status: statusOf(provider),
      synced: provider.synced,
      refusedCode,
    });
    let refused: number | null = null;
    const update = () => setLive(snapshot(refused));
    const onClosed = (event: { code: number }) => {
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

  const awareness = live?.awareness;
  useEffect(() => {
    if (awareness && user) awareness.setLocalStateField('user', user);
  }, [awareness, user]);

  return live && live.name === name ? live : null;
}
