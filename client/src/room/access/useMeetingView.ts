// The meeting as the server lets this user see it now, fetched again on every `meeting:state` so access changes arrive without a reload.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { accessApi, type MeetingView } from './accessApi';

export interface LiveMeetingView {
  view: MeetingView;
  /** Which request the view answers (0 for the page's first load); later requests have higher numbers. */
  seq: number;
  /** The number of the latest request made, answered or not. */
  requested(): number;
  refresh(): void;
}

/** `changed` is anything whose identity changes on each `meeting:state` event (the control state). */
export function useMeetingView(initial: MeetingView, changed: unknown): LiveMeetingView {
  const meetingId = initial._id;
  const [latest, setLatest] = useState<{ view: MeetingView; seq: number }>({ view: initial, seq: 0 });
  const [manual, setManual] = useState(0);
  const requestedRef = useRef(0);

  useEffect(() => {
    // Nothing heard yet: the page has just loaded the meeting.
    if (changed === null && manual === 0) return;
    const seq = ++requestedRef.current;
    const controller = new AbortController();
    accessApi.meetingView(meetingId, controller.signal).then(
      // Answers can arrive out of order: an older one never replaces a newer one.
      (view) => setLatest((current) => (seq > current.seq ? { view, seq } : current)),
      () => undefined,
    );
    // A newer request is already on its way when this one is aborted.
    return () => controller.abort();
  }, [meetingId, changed, manual]);

  const requested = useCallback(() => requestedRef.current, []);
  const refresh = useCallback(() => setManual((n) => n + 1), []);
  return useMemo(() => ({ ...latest, requested, refresh }), [latest, requested, refresh]);
}
