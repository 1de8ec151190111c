// What the lead agency confirmed happened on the person's release day (the latest, for the current release date),
// loaded once per page per person; null while loading, when none is recorded or when the user may not see it.
import { useEffect, useState } from 'react';
import type { ReleaseConfirmation, ReleaseConfirmationView } from '../../../../shared/domain/firstDays';
import { request } from '../../api';

const loaded = new Map<string, Promise<ReleaseConfirmationView>>();

export function useReleaseConfirmation(personId: string | undefined): ReleaseConfirmation | null {
  const [latest, setLatest] = useState<ReleaseConfirmation | null>(null);
  useEffect(() => {
    setLatest(null);
    if (!personId) return;
    let current = true;
    let loading = loaded.get(personId);
    if (!loading) {
      loading = request<ReleaseConfirmationView>(`/api/people/${encodeURIComponent(personId)}/release-confirmation`);
      loaded.set(personId, loading);
      loading.catch(() => loaded.delete(personId));
    }
    loading.then(
      (view) => current && setLatest(view.latest),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [personId]);
  return latest;
}
