// Which tracked actions need which reminder today: pure, so the scheduler, its tests and anyone else decide alike.
// An open action gets one reminder when it falls due within `daysBefore` days (today included) and one when it
// is overdue; each is keyed by the action and its due date, so a moved due date is reminded again, never the same
// date twice.
import { addDays } from './dueDates.js';
import { isOpenStatus } from '../domain/actionStatus.js';
import type { ActionStatus } from '../domain/schemas.js';

export type ReminderKind = 'before' | 'overdue';

export interface ReminderCandidate {
  _id: string;
  status: ActionStatus;
  dueDate?: string | null;
}

export interface DueReminder<A extends ReminderCandidate = ReminderCandidate> {
  action: A;
  kind: ReminderKind;
  /** `reminder:<kind>:<actionId>:<dueDate>`: the notification centre sends each key once per user. */
  dedupeKey: string;
}

export function reminderKey(kind: ReminderKind, actionId: string, dueDate: string): string {
  return `reminder:${kind}:${actionId}:${dueDate}`;
}

/** The reminder each action needs on `today` (YYYY-MM-DD, UK): overdue, due soon, or none. */
export function remindersDue<A extends ReminderCandidate>(actions: readonly A[], today: string, daysBefore: number): DueReminder<A>[] {
  const horizon = addDays(today, Math.max(0, Math.floor(daysBefore)));
  const due: DueReminder<A>[] = [];
  for (const action of actions) {
    const date = action.dueDate;
    if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || !isOpenStatus(action.status)) continue;
    const kind: ReminderKind | null = date < today ? 'overdue' : date <= horizon ? 'before' : null;
    if (kind) due.push({ action, kind, dedupeKey: reminderKey(kind, action._id, date) });
  }
  return due;
}

export interface OwnerCandidate {
  _id: string;
  username: string;
  displayName: string;
  role: string;
  disabled?: boolean;
}

const normalise = (name: string) => name.trim().replace(/^@/, '').replace(/\s+/g, ' ').toLowerCase();

/**
 * Who receives an action's reminder, from the owning agency's users: the one(s) the owner names (display name or
 * username, "@name" too), else everyone in the agency who can act on it (not observers, guests or disabled accounts).
 */
export function reminderRecipients(owner: string | null | undefined, agencyUsers: readonly OwnerCandidate[]): string[] {
  const able = agencyUsers.filter((u) => !u.disabled && u.role !== 'observer' && u.role !== 'guest');
  const wanted = owner ? normalise(owner) : '';
  // "Helen Marsh (Housing Options)" is also "Helen Marsh".
  const names = (u: OwnerCandidate) => [normalise(u.displayName), normalise(u.displayName.replace(/\s*\([^)]*\)\s*$/, '')), normalise(u.username)];
  const named = wanted ? able.filter((u) => names(u).includes(wanted)) : [];
  return (named.length ? named : able).map((u) => u._id);
}
