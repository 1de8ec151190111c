// The one policy every channel asks: can(user, action, subject). REST routes, Socket.IO handlers, the
// Yjs layer, exports, e-mail and searches call it (or authorize(), which throws); none keeps its own
// copy of a rule. Each rule is a pure function in this folder; callers load the records it needs.
import type { Meeting, Panel, PublicUser } from '../../shared/domain/records.js';
import { Forbidden } from '../errors.js';
import { canEditTrackedAction, canReadAgencyList, canReadTrackedAction, canUpdateTrackedAction, type TrackedActionSubject } from './trackedActions.js';
import { canChangeLiveAction, type LiveActionSubject } from './liveActions.js';
import { canReadCase, canReadRestricted, canWriteCase, canWriteRestricted, type CaseSubject, type RestrictedSubject } from './cases.js';
import {
  canControlMeeting,
  canManageMeeting,
  canReadMeetingDocument,
  canReadMinutes,
  canSeeMeeting,
  canWriteMeetingDocument,
} from './meetings.js';
import { canDecideLateAddition, canReadLateAddition, canSubmitLateAddition, type LateAdditionSubject } from './lateAdditions.js';
import { canPlanPanel } from './panels.js';
import { canReadActionHistory, canReadCaseHistory, canReadNotification, canSeeMeetingInHistory, type CaseHistorySubject } from './chronology.js';
import {
  canChangeCustodyEpisodes,
  canCreatePerson,
  canEditPerson,
  canEditProtectedPersonFields,
  canReadPerson,
  canRecordReleaseChange,
  type PersonSubject,
} from './people.js';
import { canCheckFirstDays, canConfirmRelease, canReadFirstDays, canReadItinerary, canWriteItinerary, type FirstDaysSubject } from './firstDays.js';
import { canDecideTrackedActionInReview, canReadTrackedActionInReview, type TrackedActionInReviewSubject } from './trackedActionReview.js';

const isAdmin = (user: PublicUser) => user.role === 'admin' && !user.disabled;

const RULES = {
  'meeting:read': (user: PublicUser, s: { meeting: Meeting }) => canSeeMeeting(user, s.meeting),
  'meeting:manage': (user: PublicUser, s: { meeting: Meeting }) => canManageMeeting(user, s.meeting),
  'meeting:control': (user: PublicUser, s: { meeting: Meeting }) => canControlMeeting(user, s.meeting),
  'meeting-document:read': (user: PublicUser, s: { meeting: Meeting }) => canReadMeetingDocument(user, s.meeting),
  'meeting-document:write': (user: PublicUser, s: { meeting: Meeting }) => canWriteMeetingDocument(user, s.meeting),
  /** While the chair has paused the meeting, only whoever may run it changes anything in it. */
  'meeting:edit-while-paused': (user: PublicUser, s: { meeting: Meeting }) => canControlMeeting(user, s.meeting),
  'minutes:read': (user: PublicUser, s: { meeting: Meeting }) => canReadMinutes(user, s.meeting),
  'case:read': (user: PublicUser, s: CaseSubject) => canReadCase(user, s),
  'case:write': (user: PublicUser, s: CaseSubject) => canWriteCase(user, s),
  'restricted:read': (user: PublicUser, s: RestrictedSubject) => canReadRestricted(user, s),
  'restricted:write': (user: PublicUser, s: RestrictedSubject) => canWriteRestricted(user, s),
  'person:create': (user: PublicUser) => canCreatePerson(user),
  'person:read': (user: PublicUser, s: PersonSubject) => canReadPerson(user, s),
  'person:edit': (user: PublicUser, s: PersonSubject) => canEditPerson(user, s),
  'person:edit-protected': (user: PublicUser, s: PersonSubject) => canEditProtectedPersonFields(user, s),
  'person:release-change': (user: PublicUser, s: PersonSubject) => canRecordReleaseChange(user, s),
  'person:custody-episodes': (user: PublicUser, s: PersonSubject) => canChangeCustodyEpisodes(user, s),
  'people:browse': (user: PublicUser) => !user.disabled && user.role !== 'guest',
  'panel:plan': (user: PublicUser, s: { panel: Panel }) => canPlanPanel(user, s.panel),
  'tracked-action:read': (user: PublicUser, s: TrackedActionSubject) => canReadTrackedAction(user, s),
  'tracked-action:update': (user: PublicUser, s: TrackedActionSubject) => canUpdateTrackedAction(user, s),
  'tracked-action:edit': (user: PublicUser, s: TrackedActionSubject) => canEditTrackedAction(user, s),
  'live-action:change': (user: PublicUser, s: LiveActionSubject) => canChangeLiveAction(user, s),
  'tracked-action-review:read': (user: PublicUser, s: TrackedActionInReviewSubject) => canReadTrackedActionInReview(user, s),
  'tracked-action-review:decide': (user: PublicUser, s: TrackedActionInReviewSubject) => canDecideTrackedActionInReview(user, s),
  'agency-list:read': (user: PublicUser, s: { meeting: Meeting; agencyId: string }) => canReadAgencyList(user, s.meeting, s.agencyId),
  'late-addition:submit': (user: PublicUser, s: LateAdditionSubject) => canSubmitLateAddition(user, s),
  'late-addition:decide': (user: PublicUser, s: { meeting: Meeting }) => canDecideLateAddition(user, s),
  'late-addition:read': (user: PublicUser, s: { meeting: Meeting; submittedBy: string }) => canReadLateAddition(user, s),
  'partnership:manage': (user: PublicUser) => isAdmin(user),
  'audit:read': (user: PublicUser) => isAdmin(user),
  'release:confirm': (user: PublicUser, s: FirstDaysSubject) => canConfirmRelease(user, s),
  'itinerary:read': (user: PublicUser, s: FirstDaysSubject) => canReadItinerary(user, s),
  'itinerary:write': (user: PublicUser, s: FirstDaysSubject) => canWriteItinerary(user, s),
  'first-days:read': (user: PublicUser, s: FirstDaysSubject) => canReadFirstDays(user, s),
  'first-days:check': (user: PublicUser, s: FirstDaysSubject) => canCheckFirstDays(user, s),
  'case-history:read': (user: PublicUser, s: CaseHistorySubject) => canReadCaseHistory(user, s),
  'meeting-history:read': (user: PublicUser, s: { meeting: Meeting }) => canSeeMeetingInHistory(user, s.meeting),
  'action-history:read': (user: PublicUser, s: CaseHistorySubject & { action: { agencyId: string; meetingId: string } }) => canReadActionHistory(user, s),
  'notification:read': (user: PublicUser, s: { notification: { userId: string } }) => canReadNotification(user, s.notification),
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
  'live-action': "Only the chair, the owning agency or the action's author can change or remove this action",
  'agency-list': "You can only see your own agency's actions",
  'tracked-action-review': 'Only the chair of this meeting can record what the panel decided about an earlier action',
  'late-addition': 'Only the chair, or attendees who take part in the case, can do that',
  partnership: 'Only an administrator can do that',
  audit: 'Only an administrator can read the audit log',
  release: "Only the person's lead agency or a chair of one of their panels can confirm the release",
  itinerary: 'Only the agencies on the case can see or change the itinerary',
  'first-days': "Only the agencies on the case and the chairs of the person's panels can see or confirm the first days' items",
  'case-history': 'You do not take part in this case',
  'meeting-history': 'You are not invited to this meeting',
  'action-history': "You can only see your own agency's actions",
  notification: 'This notification is not yours',
};

export { caseItemIds, readableCaseIds, restrictedAgencies } from './cases.js';
export { chairsMeeting, guestInviteOf, WRITER_ROLES } from './meetings.js';
export { PROTECTED_PERSON_FIELDS, touchesProtectedFields } from './people.js';
export { mayCarryAssessment } from './panels.js';
export { reviewsAction } from './trackedActionReview.js';
