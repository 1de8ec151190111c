// Agencies and users of the partnership, to show names instead of ids. Loaded once per page.
import { useCallback } from 'react';
import type { Agency, PublicUser } from '../../../shared/domain/records';
import { api } from '../api';
import { useApiData } from '../components/useApiData';

export interface Directory {
  agency(id: string | undefined): Agency | undefined;
  user(id: string | undefined): PublicUser | undefined;
}

export function useDirectory() {
  const load = useCallback(async (signal: AbortSignal): Promise<Directory> => {
    const [agencies, users] = await Promise.all([api.agencies(signal), api.users(signal)]);
    const agencyById = new Map(agencies.items.map((a) => [a._id, a]));
    const userById = new Map(users.items.map((u) => [u._id, u]));
    return { agency: (id) => (id ? agencyById.get(id) : undefined), user: (id) => (id ? userById.get(id) : undefined) };
  }, []);
  return useApiData(load);
}
