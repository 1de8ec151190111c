// The person discussed under a case item (release date, names), loaded once per page and loaded again when the
// server says they changed (a recorded release-date or custody change: Socket.IO person:changed).
import { useEffect, useState } from 'react';
import type { PersonView } from '../../../../shared/domain/records';
import { api } from '../../api';
import { PERSON_CHANGED } from '../../live/useMeetingControl';

const people = new Map<string, Promise<PersonView>>();

function load(personId: string, fresh = false): Promise<PersonView> {
  let loading = fresh ? undefined : people.get(personId);
  if (!loading) {
    loading = api.person(personId) as Promise<PersonView>;
    people.set(personId, loading);
    loading.catch(() => people.delete(personId));
  }
  return loading;
}

export function usePerson(personId: string | undefined): PersonView | null {
  const [person, setPerson] = useState<PersonView | null>(null);
  useEffect(() => {
    setPerson(null);
    if (!personId) return;
    let current = true;
    const show = (loading: Promise<PersonView>) =>
      loading.then(
        (found) => current && setPerson(found),
        () => undefined,
      );
    void show(load(personId));
    const onChanged = (event: Event) => {
      if ((event as CustomEvent<{ personId: string }>).detail?.personId !== personId) return;
      // Every user of this person shares the one fresh request.
      const pending = people.get(personId);
      void show(pending && (pending as Promise<PersonView> & { fresh?: number }).fresh === event.timeStamp ? pending : markFresh(load(personId, true), event.timeStamp));
    };
    window.addEventListener(PERSON_CHANGED, onChanged);
    return () => {
      current = false;
      window.removeEventListener(PERSON_CHANGED, onChanged);
    };
  }, [personId]);
  return person;
}

function markFresh(loading: Promise<PersonView>, stamp: number): Promise<PersonView> {
  (loading as Promise<PersonView> & { fresh?: number }).fresh = stamp;
  return loading;
}
