// Who holds a restricted section and whether this user's agency asked, read again on each meeting change; `ask()` asks.
import { useCallback, useEffect, useState } from 'react';
import { accessApi } from './accessApi';
import type { RestrictedStatus } from '../../../../shared/api/meetingAccess';

export interface RestrictedStatusState {
  status: RestrictedStatus | null;
  error: string | null;
  asking: boolean;
  ask(): void;
}

export function useRestrictedStatus(meetingId: string, personId: string | undefined, meetingSeq: number, enabled: boolean): RestrictedStatusState {
  const [status, setStatus] = useState<RestrictedStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    if (!enabled || !personId) return;
    const controller = new AbortController();
    accessApi.restrictedStatus(meetingId, personId, controller.signal).then(
      (next) => setStatus(next),
      (err: unknown) => {
        if (!controller.signal.aborted) setError((err as Error).message);
      },
    );
    return () => controller.abort();
  }, [meetingId, personId, meetingSeq, enabled]);

  const ask = useCallback(() => {
    if (!personId) return;
    setAsking(true);
    setError(null);
    accessApi
      .askForRestricted(meetingId, personId)
      .then(
        () => setStatus((current) => (current ? { ...current, requested: true } : current)),
        (err: unknown) => setError((err as Error).message),
      )
      .finally(() => setAsking(false));
  }, [meetingId, personId]);

  return { status: status?.personId === personId ? status : null, error, asking, ask };
}
