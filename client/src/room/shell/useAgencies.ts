// The partnership's agencies, for the owning-agency select and the decisions' checkboxes.
import { useEffect, useState } from 'react';
import type { Agency } from '../../../../shared/domain/records';
import { api } from '../../api';

export function useAgencies(): Agency[] {
  const [agencies, setAgencies] = useState<Agency[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    api.agencies(controller.signal).then(
      (page) => setAgencies([...page.items].sort((a, b) => a.name.localeCompare(b.name))),
      () => undefined,
    );
    return () => controller.abort();
  }, []);
  return agencies;
}
