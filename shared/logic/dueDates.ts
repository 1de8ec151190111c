import type { LiveAction } from '../domain/actions.js';
// Calendar arithmetic on plain YYYY-MM-DD dates, in UTC so a date never shifts with the clock's zone.

const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** The calendar date of a moment (UTC), or the date itself when already YYYY-MM-DD. */
export function toIsoDate(value: Date | string): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The date an action is due: its absolute date when it has one, otherwise its days relative to the
 * person's release (negative = before). Null when neither is known (e.g. relative with no release date).
 */
export function resolveDueDate(action: Pick<LiveAction, 'dueDate' | 'dueRelativeDays'>, releaseDate?: string | null): string | null {
  if (isIsoDate(action.dueDate)) return action.dueDate;
  if (typeof action.dueRelativeDays === 'number' && Number.isInteger(action.dueRelativeDays) && isIsoDate(releaseDate))
    return addDays(releaseDate, action.dueRelativeDays);
  return null;
}
