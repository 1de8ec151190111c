// Who in a live meeting may hold changes the server has not received, for the chair's close review.
// Each client tells the room (over meeting control) whether it holds unacknowledged changes; a client
// whose link died cannot say so, so a connection lost without leaving counts too until it comes back.
// In memory, per process: like presence, it describes connections, not the record.

import type { UnsentHolder } from '../../shared/api/close.js';

interface Who {
  _id: string;
  displayName: string;
  agencyId: string;
}

export function unsentChangesRegistry() {
  const byMeeting = new Map<string, Map<string, UnsentHolder>>();
  const entriesOf = (meetingId: string) => {
    let entries = byMeeting.get(meetingId);
    if (!entries) byMeeting.set(meetingId, (entries = new Map()));
    return entries;
  };
  const set = (meetingId: string, user: Who, reason: UnsentHolder['reason'], at: string) => {
    const entries = entriesOf(meetingId);
    const known = entries.get(user._id);
    if (known?.reason === reason) return;
    entries.set(user._id, { userId: user._id, displayName: user.displayName, agencyId: user.agencyId, reason, since: known?.since ?? at });
  };
  const clear = (meetingId: string, userId: string) => {
    byMeeting.get(meetingId)?.delete(userId);
  };

  return {
    /** A connected client says whether it holds changes the server has not acknowledged. */
    report(meetingId: string, user: Who, unsent: boolean, at = new Date().toISOString()): void {
      if (unsent) set(meetingId, user, 'unsent', at);
      else clear(meetingId, user._id);
    },
    /** The user's connection ended. Lost (no answer to pings, a transport error) or ended holding changes: listed. */
    disconnected(meetingId: string, user: Who, lost: boolean, at = new Date().toISOString()): void {
      const known = byMeeting.get(meetingId)?.get(user._id);
      if (lost || known?.reason === 'unsent') set(meetingId, user, 'connection-lost', at);
      else clear(meetingId, user._id);
    },
    /** The user is back in the room: their client reports again whether anything is unsent. */
    rejoined(meetingId: string, userId: string): void {
      if (byMeeting.get(meetingId)?.get(userId)?.reason === 'connection-lost') clear(meetingId, userId);
    },
    list(meetingId: string): UnsentHolder[] {
      return [...(byMeeting.get(meetingId)?.values() ?? [])].sort((a, b) => a.since.localeCompare(b.since));
    },
    /** The meeting closed: what is still unsent becomes each client's late addition. */
    forget(meetingId: string): void {
      byMeeting.delete(meetingId);
    },
  };
}
