// The first days after release: who confirms what happened on release day, and who shares the day-1 itinerary.
import type { Panel, Person, PublicUser } from '../../shared/domain/records.js';
import { isActive } from './meetings.js';
import { chairsPanelOf, onCaseTeam } from './people.js';

export interface FirstDaysSubject {
  person: Person;
  /** Panels the person is on (their chairs may confirm a release when the lead agency cannot). */
  panels: Panel[];
}

/** Roles that act for their agency between meetings (observers, minute-takers and guests only read or record). */
const ACTING_ROLES = new Set(['admin', 'chair', 'member']);

/** The responsible (lead) agency confirms what happened on release day; a chair of one of the person's panels may too. */
export function canConfirmRelease(user: PublicUser, { person, panels }: FirstDaysSubject): boolean {
  if (!isActive(user) || !ACTING_ROLES.has(user.role)) return false;
  return (!!person.leadAgencyId && person.leadAgencyId === user.agencyId) || chairsPanelOf(user, panels);
}

/**
 * The day-1 itinerary says where the person will be and when: the agencies on the case only (lead agency and case
 * team), not every reader of the person record (administrators, other panels' attendees, guests).
 */
export function canReadItinerary(user: PublicUser, { person }: FirstDaysSubject): boolean {
  return isActive(user) && user.role !== 'guest' && !!user.agencyId && onCaseTeam(user, person);
}

export function canWriteItinerary(user: PublicUser, subject: FirstDaysSubject): boolean {
  return canReadItinerary(user, subject) && ACTING_ROLES.has(user.role);
}

/**
 * The day-of-release items between meetings (bank account, benefits, GP, medication...): the agencies on the case and the
 * chairs of the person's panels, who follow the first days; not administrators of other agencies, not guests.
 */
export function canReadFirstDays(user: PublicUser, { person, panels }: FirstDaysSubject): boolean {
  return isActive(user) && user.role !== 'guest' && (onCaseTeam(user, person) || chairsPanelOf(user, panels));
}

/** Confirming an item, or marking it not needed, between meetings: those above who act for their agency (not observers). */
export function canCheckFirstDays(user: PublicUser, subject: FirstDaysSubject): boolean {
  return canReadFirstDays(user, subject) && ACTING_ROLES.has(user.role);
}
