// The awareness states of everyone else who has a document open, re-read whenever they change.
import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { AwarenessState } from './awarenessUser';

export interface Peer extends AwarenessState {
  clientId: number;
}

export function useAwarenessPeers(awareness: Awareness | null | undefined): Peer[] {
  const [peers, setPeers] = useState<Peer[]>([]);
  useEffect(() => {
    if (!awareness) return setPeers([]);
    const read = () =>
      setPeers(
        [...awareness.getStates().entries()]
          .filter(([clientId]) => clientId !== awareness.clientID)
          .map(([clientId, state]) => ({ ...(state as AwarenessState), clientId })),
      );
    read();
    awareness.on('change', read);
    return () => awareness.off('change', read);
  }, [awareness]);
  return peers;
}
