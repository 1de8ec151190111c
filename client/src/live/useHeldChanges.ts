// What this device still held when the meeting closed (heldChanges.ts), for the closed room to show with
// "Send to the chair as a late addition".
import { useCallback, useEffect, useState } from 'react';
import { parseDocName } from '../../../shared/live/docNames';
import { collectHeldChanges, discardHeld, onHeldChange, readHeld, sendHeld, type HeldChange } from './heldChanges';
import { pooledDocs } from './docPool';

export interface HeldChanges {
  held: HeldChange[];
  /** Still comparing this device's copy with the record. */
  checking: boolean;
  send(docName: string): Promise<void>;
  discard(docName: string): void;
}

export function useHeldChanges(meetingId: string, userId: string, closed: boolean, connected: boolean): HeldChanges {
  const [held, setHeld] = useState<HeldChange[]>(() => readHeld(userId, meetingId));
  const [checking, setChecking] = useState(false);

  useEffect(() => {
    const update = () => setHeld(readHeld(userId, meetingId));
    update();
    return onHeldChange(update);
  }, [userId, meetingId]);

  // Once closed, and again whenever the link comes back: the comparison needs the server.
  useEffect(() => {
    if (!closed || !connected) return;
    let live = true;
    setChecking(true);
    const open = pooledDocs()
      .filter((entry) => parseDocName(entry.name)?.meetingId === meetingId && entry.status.pending)
      .map((entry) => entry.name);
    collectHeldChanges(userId, meetingId, open)
      .catch(() => {})
      .finally(() => live && setChecking(false));
    return () => {
      live = false;
    };
  }, [closed, connected, meetingId, userId]);

  return {
    held,
    checking,
    send: useCallback(async (docName: string) => void (await sendHeld(userId, meetingId, docName)), [userId, meetingId]),
    discard: useCallback((docName: string) => discardHeld(userId, meetingId, docName), [userId, meetingId]),
  };
}
