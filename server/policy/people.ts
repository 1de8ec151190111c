// Need-to-know over person records: who sees a person, and who may change which fields.
import type { Panel, Person, PublicUser } from '../../shared/domain/records.js';
import type { PersonInput } from '../../shared/domain/schemas.js';
import { PROTECTED_PERSON_FIELDS } from '../../shared/domain/personFields.js';
import { isActive } from './meetings.js';

export interface PersonSubject {
  person: Person;
  /** The user may read this person's case in at least one meeting (they take part in it). */
  takesPartInCase: boolean;
  /** Panels the person is on (their chairs may change the protected fields). */
  panels: Panel[];
}

export { PROTECTED_PERSON_FIELDS };

const EDITOR_ROLES = new Set(['admin', 'chair', 'member', 'minute-taker']);

export function onCaseTeam(user: PublicUser, person: Person): boolean {
  return person.leadAgencyId === user.agencyId || (person.caseTeamAgencyIds ?? []).includes(user.agencyId);
}

export function chairsPanelOf(user: PublicUser, panels: Panel[]): boolean {
  return panels.some((panel) => (panel.chairIds ?? []).includes(user._id));
}

/** Administrators, the case team, chairs of the person's panels and anyone taking part in a meeting about them. */
export function canReadPerson(user: PublicUser, { person, takesPartInCase, panels }: PersonSubject): boolean {
  if (!isActive(user) || user.role === 'guest') return false;
  return user.role === 'admin' || onCaseTeam(user, person) || takesPartInCase || chairsPanelOf(user, panels);
}

export function canEditProtectedPersonFields(user: PublicUser, subject: PersonSubject): boolean {
  if (!isActive(user)) return false;
  if (user.role === 'admin') return true;
  if (!EDITOR_ROLES.has(user.role)) return false;
  return subject.person.leadAgencyId === user.agencyId || chairsPanelOf(user, subject.panels);
}

/**
 * Recording a release-date or custody-status change (with its type, reason and source): the lead agency, a chair of
 * one of the person's panels or an administrator, as for the other protected fields.
 */
export function canRecordReleaseChange(user: PublicUser, subject: PersonSubject): boolean {
  return canEditProtectedPersonFields(user, subject);
}

/** Custody episodes and recalls are custody fields: the lead agency, a chair of one of the person's panels or an administrator. */
export function canChangeCustodyEpisodes(user: PublicUser, subject: PersonSubject): boolean {
  return canEditProtectedPersonFields(user, subject);
}

/** The other fields (practitioner, cover, needs, the person's own views): the case team and the above. */
export function canEditPerson(user: PublicUser, subject: PersonSubject): boolean {
  if (canEditProtectedPersonFields(user, subject)) return true;
  return isActive(user) && EDITOR_ROLES.has(user.role) && onCaseTeam(user, subject.person);
}

/** Creating a person: administrators, chairs and agency members (who join the case team). */
export function canCreatePerson(user: PublicUser): boolean {
  return isActive(user) && EDITOR_ROLES.has(user.role) && user.role !== 'minute-taker';
}

export function touchesProtectedFields(patch: Partial<PersonInput>): string[] {
  return PROTECTED_PERSON_FIELDS.filter((field) => field in patch);
}
