// Pure rules of a release-date or custody-status change: which actions' due dates move, who is told, and the words
// of the notification (a person named only by case reference; no personal data in the title, which is the subject).
import { RELEASE_CHANGE_TYPE_LABELS, type MovedAction, type PersonEvent } from '../domain/personEvents.js';
import { ukDate, ukLongDate } from '../format.js';
import { resolveDueDate } from './dueDates.js';

export interface RelativeAction {
  _id: string;
  dueDate: string | null;
  dueRelativeDays?: number | null;
}

/** Actions set relative to release whose resolved due date differs under the new release date. */
export function movedDueDates(actions: RelativeAction[], newReleaseDate: string | null): MovedAction[] {
  const moved: MovedAction[] = [];
  for (const action of actions) {
    if (typeof action.dueRelativeDays !== 'number' || !Number.isInteger(action.dueRelativeDays)) continue;
    const to = resolveDueDate({ dueRelativeDays: action.dueRelativeDays }, newReleaseDate);
    if (to !== action.dueDate) moved.push({ actionId: action._id, from: action.dueDate ?? null, to });
  }
  return moved;
}

/** "was 4 Dec 2026, now 3 Dec 2026": what moved, for lists and the room. */
export function describeMove(from: string | null | undefined, to: string | null | undefined): string {
  const was = from ? ukDate(from) : 'no date';
  const now = to ? ukDate(to) : 'no date (no release date)';
  return `was ${was}, now ${now}`;
}

export interface RecipientUser {
  _id: string;
  displayName: string;
  agencyId: string;
  role: string;
  disabled?: boolean;
}

export interface OwnedAction {
  agencyId: string;
  owner?: string | null;
}

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Who is told: every active member of every agency on the case team (lead agency included), and the owner of each
 * open action about the person. A named owner is matched to a user of the owning agency by name; an action whose
 * owner matches nobody (or has none) tells every member of the owning agency. Guests are never told.
 */
export function releaseChangeRecipients(
  person: { leadAgencyId?: string; caseTeamAgencyIds?: string[] },
  openActions: OwnedAction[],
  users: RecipientUser[],
): string[] {
  const active = users.filter((u) => !u.disabled && u.role !== 'guest');
  const agencies = new Set([...(person.leadAgencyId ? [person.leadAgencyId] : []), ...(person.caseTeamAgencyIds ?? [])]);
  const told = new Set(active.filter((u) => agencies.has(u.agencyId)).map((u) => u._id));
  for (const action of openActions) {
    const ofAgency = active.filter((u) => u.agencyId === action.agencyId);
    const named = action.owner ? ofAgency.filter((u) => normalise(u.displayName) === normalise(action.owner!)) : [];
    for (const u of named.length ? named : ofAgency) told.add(u._id);
  }
  return [...told].sort();
}

const words = (value: string | null, field: PersonEvent['field'], custodyLabels: Record<string, string>) =>
  value === null ? (field === 'releaseDate' ? 'no release date' : 'not known') : field === 'releaseDate' ? ukLongDate(value) : (custodyLabels[value] ?? value);

/** The notification for one change (its events share a changeId). */
export function releaseChangeMessage(
  events: Pick<PersonEvent, 'field' | 'old' | 'new' | 'type' | 'source' | 'byName' | 'movedActions'>[],
  caseReference: string,
  byAgencyName: string,
  custodyLabels: Record<string, string> = {},
): { title: string; body: string } {
  const release = events.find((e) => e.field === 'releaseDate');
  const title = release ? 'A release date has changed' : 'A custody status has changed';
  const first = events[0];
  const lines = events.map((e) =>
    e.field === 'releaseDate'
      ? `Release date: was ${words(e.old, e.field, custodyLabels)}, now ${words(e.new, e.field, custodyLabels)}.`
      : `Custody status: was ${words(e.old, e.field, custodyLabels)}, now ${words(e.new, e.field, custodyLabels)}.`,
  );
  const moved = release?.movedActions?.length ?? 0;
  const body = [
    `Case ${caseReference}: ${RELEASE_CHANGE_TYPE_LABELS[first.type]}.`,
    ...lines,
    `Source: ${first.source}. Recorded by ${first.byName} (${byAgencyName}).`,
    ...(moved ? [`${moved} action${moved === 1 ? '' : 's'} due relative to release moved with it.`] : []),
    'The reason is on the person’s page in Roundtable.',
  ].join('\n');
  return { title, body };
}
