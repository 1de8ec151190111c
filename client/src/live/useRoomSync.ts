// The room's side of "never drop a word": tells the room (for the chair's close review) whether this page
// holds changes the server has not confirmed, and sends the room writes queued while offline once the link
// is back. Returns how many queued writes are waiting.
import { useEffect, useState } from 'react';
import { parseDocName } from '../../../shared/live/docNames';
import { pooledDocs } from './docPool';
import { onQueueChange, queuedWrites, replayQueue } from './offlineQueue';
import type { MeetingControl } from './useMeetingControl';

const CHECK_MS = 1000;

const ofMeeting = (docName: string, meetingId: string) => parseDocName(docName)?.meetingId === meetingId;

export function useRoomSync(control: MeetingControl, meetingId: string, userId: string, closed: boolean): number {
  const [queued, setQueued] = useState(() => queuedWrites(userId, meetingId).length);
  const { connected, reportUnsent } = control;

  useEffect(() => {
    const update = () => setQueued(queuedWrites(userId, meetingId).length);
    update();
    return onQueueChange(update);
  }, [userId, meetingId]);

  // Whether anything is unsent: the room's documents (including ones that linger after their item was left) and the queue.
  useEffect(() => {
    if (closed) return;
    const check = () => {
      const docs = pooledDocs().filter((entry) => ofMeeting(entry.name, meetingId));
      reportUnsent(docs.some((entry) => entry.status.pending) || queuedWrites(userId, meetingId).length > 0);
    };
    check();
    const timer = setInterval(check, CHECK_MS);
    return () => clearInterval(timer);
  }, [meetingId, userId, closed, reportUnsent]);

  // Send what waited as soon as the link is back, and keep trying while anything waits.
  useEffect(() => {
    if (!connected || queued === 0) return;
    let stopped = false;
    const send = () => {
      if (!stopped) void replayQueue(userId);
    };
    send();
    const timer = setInterval(send, 3000);
    window.addEventListener('online', send);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('online', send);
    };
  }, [connected, queued, userId]);

  return queued;
}
