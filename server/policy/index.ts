// The one policy every channel asks: can(user, action, subject). REST routes, Socket.IO handlers, the
// Yjs layer, exports, e-mail and searches call it (or authorize(), which throws); none keeps its own
// copy of a rule. Each rule is a pure function in this folder; callers load the records it needs.
import type { Meeting, Panel, PublicUser } from '../../shared/domain/records.js';
import { Forbidden } from '../errors.js';
import { canReadAgencyList, canReadTrackedAction, canUpdateTrackedAction, type TrackedActionSubject } from './actions.js';
import { canReadCase, canReadRestricted, canWriteCase, canWriteRestricted, type CaseSubject, type RestrictedSubject } from './cases.js';
import {
  canControlMeeting,
  canManageMeeting,
  canReadMeetingDocument,
  canReadMinutes,
  canSeeMeeting,
  canWriteMeetingDocument,
} from './meetings.js';
import { canPlanPanel } from './panels.js';
import { canCreatePerson, canEditPerson, canEditProtectedPersonFields, canReadPerson, type PersonSubject } from './people.js';

const isAdmin = (user: PublicUser) => user.role === 'admin' && !user.disabled;

const RULES = {
  'meeting:read': (user: PublicUser, s: { meeting: Meeting }) => canSeeMeeting(user, s.meeting),
  'meeting:manage': (user: PublicUser, s: { meeting: Meeting }) => canManageMeeting(user, s.meeting),
  'meeting:control': (user: PublicUser, s: { meeting: Meeting }) => canControlMeeting(user, s.meeting),
  'meeting-document:read': (user: PublicUser, s: { meeting: Meeting }) => canReadMeetingDocument(user, s.meeting),
  'meeting-document:write': (user: PublicUser, s: { meeting: Meeting }) => canWriteMeetingDocument(user, s.meeting),
  'minutes:read': (user: PublicUser, s: { meeting: Meeting }) => canReadMinutes(user, s.meeting),
  'case:read': (user: PublicUser, s: CaseSubject) => canReadCase(user, s),
  'case:write': (user: PublicUser, s: CaseSubject) => canWriteCase(user, s),
  'restricted:read': (user: PublicUser, s: RestrictedSubject) => canReadRestricted(user, s),
  'restricted:write': (user: PublicUser, s: RestrictedSubject) => canWriteRestricted(user, s),
  'person:create': (user: PublicUser) => canCreatePerson(user),
  'person:read': (user: PublicUser, s: PersonSubject) => canReadPerson(user, s),
  'person:edit': (user: PublicUser, s: PersonSubject) => canEditPerson(user, s),
  'person:edit-protected': (user: PublicUser, s: PersonSubject) => canEditProtectedPersonFields(user, s),
  'people:browse': (user: PublicUser) => !user.disabled && user.role !== 'guest',
  'panel:plan': (user: PublicUser, s: { panel: Panel }) => canPlanPanel(user, s.panel),
  'tracked-action:read': (user: PublicUser, s: TrackedActionSubject) => canReadTrackedAction(user, s),
  'tracked-action:update': (user: PublicUser, s: TrackedActionSubject) => canUpdateTrackedAction(user, s),
  'agency-list:read': (user: PublicUser, s: { meeting: Meeting; agencyId: string }) => canReadAgencyList(user, s.meeting, s.agencyId),
  'partnership:manage': (user: PublicUser) => isAdmin(user),
  'audit:read': (user: PublicUser) => isAdmin(user),
} as const;

export type PolicyAction = keyof typeof RULES;
export type SubjectOf<A extends PolicyAction> = Parameters<(typeof RULES)[A]>[1];

type NeedsSubject<A extends PolicyAction> = Parameters<(typeof RULES)[A]> extends [PublicUser, infer _S] ? true : false;
type SubjectArgs<A extends PolicyAction> = NeedsSubject<A> extends true ? [subject: SubjectOf<A>] : [];

export function can<A extends PolicyAction>(user: PublicUser, action: A, ...subject: SubjectArgs<A>): boolean {
  const rule = RULES[action] as (user: PublicUser, subject?: unknown) => boolean;
  return rule(user, subject[0]);
}

/** As can(), but throws Forbidden (403) with a message that names no record. */
export function authorize<A extends PolicyAction>(user: PublicUser, action: A, ...subject: SubjectArgs<A>): void {
  if (!can(user, action, ...subject)) throw new Forbidden(REFUSALS[action.split(':')[0]] ?? 'You do not have permission to do that');
}

const REFUSALS: Record<string, string> = {
  meeting: 'You are not invited to this meeting',
  'meeting-document': 'You are not invited to this meeting',
  minutes: 'You cannot see the minutes of this meeting',
  case: 'You do not take part in this case',
  restricted: 'This section is restricted to the agencies the chair allowed',
  person: 'You do not work with this person',
  people: 'Guests see people only through the meetings that invite them',
  panel: 'Only a chair of this panel or an administrator can do that',
  'tracked-action': "You can only see your own agency's actions",
  'agency-list': "You can only see your own agency's actions",
  partnership: 'Only an administrator can do that',
  audit: 'Only an administrator can read the audit log',
};

export { caseItemIds, readableCaseIds, restrictedAgencies } from './cases.js';
export { chairsMeeting, guestInviteOf, WRITER_ROLES } from './meetings.js';
export { PROTECTED_PERSON_FIELDS, touchesProtectedFields } from './people.js';
export { mayCarryAssessment } from './panels.js';
