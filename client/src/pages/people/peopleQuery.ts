// The people list's filters live in the URL (?window=4&q=hughes&offset=20): bookmarkable, back-button safe.
import type { PeopleQuery } from '../../api';
import { addDaysIso, todayIso } from '../../format';

export const RELEASE_WINDOWS = [2, 4, 12] as const;
export type ReleaseWindow = (typeof RELEASE_WINDOWS)[number];
export const PAGE_SIZE = 20;

export interface PeopleFilters {
  window?: ReleaseWindow;
  q: string;
  offset: number;
}

export function readFilters(params: URLSearchParams): PeopleFilters {
  const weeks = Number(params.get('window'));
  const offset = Number(params.get('offset'));
  return {
    window: RELEASE_WINDOWS.find((w) => w === weeks),
    q: (params.get('q') ?? '').trim(),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

export function filtersToSearch(filters: PeopleFilters): string {
  const params = new URLSearchParams();
  if (filters.window) params.set('window', String(filters.window));
  if (filters.q) params.set('q', filters.q);
  if (filters.offset) params.set('offset', String(filters.offset));
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function toApiQuery(filters: PeopleFilters, today = todayIso()): PeopleQuery {
  return {
    q: filters.q || undefined,
    releaseFrom: filters.window ? today : undefined,
    releaseTo: filters.window ? addDaysIso(today, filters.window * 7) : undefined,
    offset: filters.offset,
    limit: PAGE_SIZE,
  };
}
