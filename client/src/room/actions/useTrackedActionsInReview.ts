// The tracked actions this meeting reviews (in review), fetched once per meeting and shared by every part of the room that shows
// or counts them (each case item, the review item, the agenda's red-flag counts). Fetched again when the server says
// the actions changed (Socket.IO actions:changed) or after an update made here.
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { TrackedActionForFlags } from '../../../../shared/logic/redFlags';
import { ApiError } from '../../api';
import { useRoom } from '../RoomContext';
import { trackedActionReviewApi } from './trackedActionReviewApi';
import type { TrackedActionInReview } from '../../../../shared/api/trackedActions';

interface Snapshot {
  actions: TrackedActionInReview[] | null;
  error: string | null;
}

interface Entry {
  snapshot: Snapshot;
  loadedFor: string | null;
  loading: string | null;
  listeners: Set<() => void>;
}

const entries = new Map<string, Entry>();
const EMPTY: TrackedActionInReview[] = [];

function entryOf(meetingId: string): Entry {
  let entry = entries.get(meetingId);
  if (!entry) entries.set(meetingId, (entry = { snapshot: { actions: null, error: null }, loadedFor: null, loading: null, listeners: new Set() }));
  return entry;
}

function load(meetingId: string, key: string): void {
  const entry = entryOf(meetingId);
  if (entry.loadedFor === key || entry.loading === key) return;
  entry.loading = key;
  trackedActionReviewApi.list(meetingId).then(
    (list) => {
      if (entry.loading !== key) return;
      Object.assign(entry, { snapshot: { actions: list.actions, error: null }, loadedFor: key, loading: null });
      entry.listeners.forEach((listener) => listener());
    },
    (err: unknown) => {
      if (entry.loading !== key) return;
      const message = err instanceof ApiError ? err.message : 'The previous actions could not be loaded';
      Object.assign(entry, { snapshot: { actions: entry.snapshot.actions, error: message }, loadedFor: key, loading: null });
      entry.listeners.forEach((listener) => listener());
    },
  );
}

let localVersion = 0;
/** After an update made here: fetch again at once (the server's actions:changed follows too). */
export function refreshTrackedActionsInReview(meetingId: string): void {
  localVersion += 1;
  load(meetingId, `local-${localVersion}`);
}

export interface TrackedActionsInReviewState {
  actions: TrackedActionInReview[];
  loaded: boolean;
  error: string | null;
}

/** Every earlier action this user may see in this meeting (none for guests, who see actions only within it). */
export function useTrackedActionsInReview(): TrackedActionsInReviewState {
  const { meetingId, user, control } = useRoom();
  const enabled = user.role !== 'guest';
  const entry = entryOf(meetingId);
  useEffect(() => {
    if (enabled) load(meetingId, `socket-${control.actionsVersion}`);
  }, [enabled, meetingId, control.actionsVersion]);
  const { actions, error } = useSyncExternalStore(
    (listener) => {
      entry.listeners.add(listener);
      return () => entry.listeners.delete(listener);
    },
    () => entry.snapshot,
  );
  return { actions: enabled ? (actions ?? EMPTY) : EMPTY, loaded: !enabled || actions !== null || error !== null, error: enabled ? error : null };
}

/** The person's earlier actions as the red flags count them. */
export function useTrackedActionsForFlags(personId: string | undefined): TrackedActionForFlags[] {
  const { actions } = useTrackedActionsInReview();
  return useMemo(
    () =>
      personId
        ? actions
            .filter((a) => a.personId === personId)
            .map((a) => ({ id: a.id, text: a.text, personId: a.personId, pathway: a.pathway, dueDate: a.dueDate, status: a.status, meetingTitle: a.meetingTitle }))
        : NO_TRACKED_ACTIONS,
    [actions, personId],
  );
}
const NO_TRACKED_ACTIONS: TrackedActionForFlags[] = [];
