// The person discussed under a case item (release date, names), loaded once per page.
import { useEffect, useState } from 'react';
import type { Person } from '../../../shared/domain/records';
import { api } from '../api';

const people = new Map<string, Promise<Person>>();

export function usePerson(personId: string | undefined): Person | null {
  const [person, setPerson] = useState<Person | null>(null);
  useEffect(() => {
    setPerson(null);
    if (!personId) return;
    let current = true;
    let loading = people.get(personId);
    if (!loading) {
      loading = api.person(personId);
      people.set(personId, loading);
      loading.catch(() => people.delete(personId));
    }
    loading.then(
      (found) => current && setPerson(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [personId]);
  return person;
}
