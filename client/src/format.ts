// Dates as UK public-sector services write them: "14 March 2026", times in UK time.
import { UK_TIME_ZONE, ukToday } from '../../shared/logic/ukToday';

const LONDON = UK_TIME_ZONE;
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true, timeZone: LONDON });
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date (YYYY-MM-DD) as "5 March 2026". */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
}

/** A moment as "5 March 2026 at 10:00am" in UK time. */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = dateTimeFormat.formatToParts(date);
  const pick = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${pick('day')} ${pick('month')} ${pick('year')} at ${pick('hour')}:${pick('minute')}${pick('dayPeriod').toLowerCase()}`;
}

/** Today's date in the UK as YYYY-MM-DD: the same function the server uses. */
export const todayIso = ukToday;

export function addDaysIso(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return new Date(date.getTime() + days * DAY_MS).toISOString().slice(0, 10);
}

export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
