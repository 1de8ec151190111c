// The policy's decisions, without a server: every rule the channels rely on.
import { describe, expect, it } from 'vitest';
import type { Meeting, Panel, Person, PublicUser } from '../../shared/domain/records.js';
import type { Role } from '../../shared/domain/schemas.js';
import { docAccess } from '../auth/docAccess.js';
import { can, mayCarryAssessment, readableCaseIds } from './index.js';

const user = (id: string, role: Role, agencyId: string, extra: Partial<PublicUser> = {}): PublicUser => ({
  _id: id,
  username: id,
  displayName: id,
  role,
  agencyId,
  ...extra,
});
const chair = user('chair', 'chair', 'probation');
const otherChair = user('chair2', 'chair', 'probation');
const police = user('police', 'member', 'police');
const housing = user('housing', 'member', 'housing');
const observer = user('observer', 'observer', 'probation');
const minutes = user('minutes', 'minute-taker', 'probation');
const admin = user('admin', 'admin', 'probation');
const gp = user('gp', 'guest', 'gp');

function meeting(extra: Partial<Meeting> = {}): Meeting {
  return {
    _id: 'm1',
    panelId: 'p1',
    title: 'IOM',
    type: 'IOM',
    startsAt: '2026-12-01T10:00:00Z',
    chairId: 'chair',
    attendeeIds: ['chair', 'police', 'housing', 'observer', 'minutes'],
    status: 'live',
    agenda: [
      { id: 'i1', title: 'Review', kind: 'standing' },
      { id: 'i2', title: 'A', kind: 'case', personId: 'a' },
      { id: 'i3', title: 'B', kind: 'case', personId: 'b' },
      { id: 'i4', title: 'C', kind: 'case', personId: 'c' },
    ],
    createdAt: '2026-11-01T00:00:00Z',
    ...extra,
  };
}

describe('meetings', () => {
  it('lets a chair run only the meetings they chair', () => {
    expect(can(chair, 'meeting:control', { meeting: meeting() })).toBe(true);
    expect(can(otherChair, 'meeting:read', { meeting: meeting() })).toBe(false);
    expect(can(otherChair, 'meeting:control', { meeting: meeting() })).toBe(false);
    expect(can(police, 'meeting:control', { meeting: meeting() })).toBe(false);
  });
  it('lets only whoever runs the meeting change it while it is paused', () => {
    expect(can(chair, 'meeting:edit-while-paused', { meeting: meeting() })).toBe(true);
    expect(can(police, 'meeting:edit-while-paused', { meeting: meeting() })).toBe(false);
    expect(can(otherChair, 'meeting:edit-while-paused', { meeting: meeting() })).toBe(false);
  });
  it('refuses everything to a disabled account', () => {
    const disabled = { ...chair, disabled: true };
    expect(can(disabled, 'meeting:read', { meeting: meeting() })).toBe(false);
    expect(can(disabled, 'case:read', { meeting: meeting(), personId: 'a' })).toBe(false);
  });
  it('keeps guests out of the meeting document and observers from writing', () => {
    const m = meeting({ attendeeIds: [...meeting().attendeeIds, 'gp'], guests: [{ userId: 'gp', itemIds: ['i3'], canWrite: false }] });
    expect(can(gp, 'meeting:read', { meeting: m })).toBe(true);
    expect(can(gp, 'meeting-document:read', { meeting: m })).toBe(false);
    expect(can(observer, 'meeting-document:read', { meeting: m })).toBe(true);
    expect(can(observer, 'meeting-document:write', { meeting: m })).toBe(false);
  });
});

describe('cases', () => {
  const m = meeting({ itemAccess: { i3: { agencyIds: ['police'] } } });
  it('opens an item to every attendee unless the chair named its agencies', () => {
    expect(can(housing, 'case:read', { meeting: m, personId: 'a' })).toBe(true);
    expect(can(housing, 'case:read', { meeting: m, personId: 'b' })).toBe(false);
    expect(can(police, 'case:write', { meeting: m, personId: 'b' })).toBe(true);
    expect(can(minutes, 'case:read', { meeting: m, personId: 'b' })).toBe(true);
    expect(can(chair, 'case:read', { meeting: m, personId: 'b' })).toBe(true);
    expect([...readableCaseIds(housing, { meeting: m })].sort()).toEqual(['a', 'c']);
  });
  it('shows administrators no case content unless they attend', () => {
    expect(can(admin, 'meeting:read', { meeting: m })).toBe(true);
    expect(can(admin, 'case:read', { meeting: m, personId: 'a' })).toBe(false);
  });
  it('lets a guest see the invited case only while its item is current, or within the window', () => {
    const invited = meeting({ guests: [{ userId: 'gp', itemIds: ['i3'], canWrite: false }] });
    expect(can(gp, 'case:read', { meeting: invited, personId: 'b', currentItemId: 'i3' })).toBe(true);
    expect(can(gp, 'case:write', { meeting: invited, personId: 'b', currentItemId: 'i3' })).toBe(false);
    expect(can(gp, 'case:read', { meeting: invited, personId: 'b', currentItemId: 'i4' })).toBe(false);
    expect(can(gp, 'case:read', { meeting: invited, personId: 'c', currentItemId: 'i4' })).toBe(false);
    expect(can(gp, 'case:read', { meeting: { ...invited, status: 'scheduled' }, personId: 'b', currentItemId: 'i3' })).toBe(false);
    const window = { from: '2026-12-01T10:00:00Z', to: '2026-12-01T11:00:00Z' };
    const windowed = meeting({ guests: [{ userId: 'gp', itemIds: ['i3'], canWrite: true, window }] });
    expect(can(gp, 'case:write', { meeting: windowed, personId: 'b', now: new Date('2026-12-01T10:30:00Z') })).toBe(true);
    expect(can(gp, 'case:read', { meeting: windowed, personId: 'b', now: new Date('2026-12-01T11:30:00Z') })).toBe(false);
  });
  it('lets only the allowed agencies into a restricted section', () => {
    const subject = { meeting: meeting(), personId: 'a', chairAgencyId: 'probation' };
    expect(can(police, 'restricted:read', subject)).toBe(false);
    expect(can(observer, 'restricted:read', subject)).toBe(true);
    const allowed = { ...subject, meeting: meeting({ restrictedAccess: { a: ['police'] } }) };
    expect(can(police, 'restricted:read', allowed)).toBe(true);
    expect(can(observer, 'restricted:read', allowed)).toBe(false);
    expect(can(chair, 'restricted:write', allowed)).toBe(true);
    expect(can(police, 'restricted:read', { ...allowed, personId: 'b' })).toBe(false);
  });
  it('answers the Yjs layer per document', () => {
    const m2 = meeting({ itemAccess: { i3: { agencyIds: ['police'] } } });
    const ask = (u: PublicUser, kind: 'meeting' | 'case' | 'restricted', personId?: string) =>
      docAccess({ user: u, meeting: m2, doc: { kind, meetingId: 'm1', personId }, chairAgencyId: 'probation' });
    expect(ask(housing, 'meeting')).toEqual({ access: 'write' });
    expect(ask(housing, 'case', 'b')).toEqual({ access: null, reason: 'not-taking-part' });
    expect(ask(observer, 'case', 'a')).toEqual({ access: 'read' });
    expect(ask(police, 'restricted', 'b')).toEqual({ access: null, reason: 'restricted' });
    expect(ask(police, 'case', 'zzz')).toEqual({ access: null, reason: 'not-on-agenda' });
    expect(ask(otherChair, 'meeting')).toEqual({ access: null, reason: 'not-invited' });
  });
});

describe('people', () => {
  const person = { _id: 'a', name: 'A', caseReference: 'R1', custodyStatus: 'sentenced', leadAgencyId: 'probation', caseTeamAgencyIds: ['police'], createdAt: '' } as Person;
  const panel: Panel = { _id: 'p1', name: 'IOM', type: 'IOM', chairIds: ['chair'], createdAt: '' };
  const subject = (extra: Partial<{ takesPartInCase: boolean; panels: Panel[] }> = {}) => ({ person, takesPartInCase: false, panels: [], ...extra });
  it('shows a person to the case team, their panels\' chairs and meeting participants only', () => {
    expect(can(police, 'person:read', subject())).toBe(true);
    expect(can(housing, 'person:read', subject())).toBe(false);
    expect(can(housing, 'person:read', subject({ takesPartInCase: true }))).toBe(true);
    expect(can(user('yj', 'chair', 'youth-justice'), 'person:read', subject({ panels: [panel] }))).toBe(false);
    expect(can(chair, 'person:read', subject({ panels: [panel] }))).toBe(true);
    expect(can(gp, 'person:read', subject({ takesPartInCase: true }))).toBe(false);
  });
  it('keeps identity, custody, release and MAPPA to the lead agency, the panel chair and administrators', () => {
    expect(can(police, 'person:edit', subject())).toBe(true);
    expect(can(police, 'person:edit-protected', subject())).toBe(false);
    expect(can(user('pr', 'member', 'probation'), 'person:edit-protected', subject())).toBe(true);
    expect(can(chair, 'person:edit-protected', subject({ panels: [panel] }))).toBe(true);
    expect(can(admin, 'person:edit-protected', subject())).toBe(true);
    expect(can(observer, 'person:edit', subject())).toBe(false);
  });
  it('lets only the lead agency, a chair of the person\'s panel or an administrator record a release-date change', () => {
    expect(can(user('pr', 'member', 'probation'), 'person:release-change', subject())).toBe(true);
    const otherChair = user('yj', 'chair', 'youth-justice');
    expect(can(otherChair, 'person:release-change', subject({ panels: [{ ...panel, chairIds: ['yj'] }] }))).toBe(true);
    expect(can(admin, 'person:release-change', subject())).toBe(true);
    // On the case team but not the lead, a chair of no panel of theirs, an observer of the lead agency, a disabled lead.
    expect(can(police, 'person:release-change', subject())).toBe(false);
    expect(can(otherChair, 'person:release-change', subject({ panels: [panel] }))).toBe(false);
    expect(can(user('po', 'observer', 'probation'), 'person:release-change', subject())).toBe(false);
    expect(can({ ...user('pd', 'member', 'probation'), disabled: true }, 'person:release-change', subject())).toBe(false);
  });
  it('lets only those who change custody fields add or change custody episodes and recalls', () => {
    expect(can(user('pr', 'member', 'probation'), 'person:custody-episodes', subject())).toBe(true);
    expect(can(chair, 'person:custody-episodes', subject({ panels: [panel] }))).toBe(true);
    expect(can(admin, 'person:custody-episodes', subject())).toBe(true);
    // On the case team but not the lead, a chair of another panel, an observer or a minute-taker of the lead agency.
    expect(can(police, 'person:custody-episodes', subject())).toBe(false);
    expect(can(user('yj', 'chair', 'youth-justice'), 'person:custody-episodes', subject())).toBe(false);
    expect(can(user('po', 'observer', 'probation'), 'person:custody-episodes', subject())).toBe(false);
    expect(can(user('pm', 'minute-taker', 'probation'), 'person:custody-episodes', subject())).toBe(true);
  });
});

describe('panels and sharing', () => {
  it('lets only a panel chair or an administrator plan it', () => {
    const panel: Panel = { _id: 'p1', name: 'IOM', type: 'IOM', chairIds: ['chair'], createdAt: '' };
    expect(can(chair, 'panel:plan', { panel })).toBe(true);
    expect(can(otherChair, 'panel:plan', { panel })).toBe(false);
    expect(can(admin, 'panel:plan', { panel })).toBe(true);
  });
  it('carries an assessment across panels only under a recorded basis, in its direction', () => {
    const bases = [{ _id: 's', fromPanelId: 'mappa', toPanelId: 'iom', basis: 'MAPPA agreement', createdBy: 'admin', createdAt: '' }];
    expect(mayCarryAssessment('iom', 'iom', [])).toBe(true);
    expect(mayCarryAssessment('mappa', 'iom', bases)).toBe(true);
    expect(mayCarryAssessment('iom', 'mappa', bases)).toBe(false);
  });
});

describe('actions after the meeting', () => {
  it('lets the owning agency and the meeting chair read; observers never update', () => {
    const subject = { action: { agencyId: 'police', meetingId: 'm1' }, meeting: meeting() };
    expect(can(police, 'tracked-action:update', subject)).toBe(true);
    expect(can(housing, 'tracked-action:read', subject)).toBe(false);
    expect(can(chair, 'tracked-action:update', subject)).toBe(true);
    expect(can(otherChair, 'tracked-action:read', subject)).toBe(false);
    expect(can(user('o2', 'observer', 'police'), 'tracked-action:update', subject)).toBe(false);
    expect(can(admin, 'agency-list:read', { meeting: meeting(), agencyId: 'police' })).toBe(false);
  });
});

describe('correcting and removing actions', () => {
  const policeAction = { agencyId: 'police', createdBy: 'housing' };
  it('lets the chair, the owning agency and the author change a live action; no one else', () => {
    expect(can(chair, 'live-action:change', { meeting: meeting(), action: policeAction })).toBe(true);
    expect(can(police, 'live-action:change', { meeting: meeting(), action: policeAction })).toBe(true);
    expect(can(housing, 'live-action:change', { meeting: meeting(), action: policeAction })).toBe(true);
    expect(can(housing, 'live-action:change', { meeting: meeting(), action: { agencyId: 'police', createdBy: 'police' } })).toBe(false);
    expect(can(minutes, 'live-action:change', { meeting: meeting(), action: { agencyId: 'police', createdBy: 'police' } })).toBe(false);
  });
  it('refuses observers, disabled accounts, closed meetings and empty owners', () => {
    expect(can(user('o2', 'observer', 'police'), 'live-action:change', { meeting: meeting(), action: policeAction })).toBe(false);
    expect(can({ ...police, disabled: true }, 'live-action:change', { meeting: meeting(), action: policeAction })).toBe(false);
    expect(can(chair, 'live-action:change', { meeting: meeting({ status: 'closed' }), action: policeAction })).toBe(false);
    expect(can(user('nobody', 'member', ''), 'live-action:change', { meeting: meeting(), action: { agencyId: '', createdBy: '' } })).toBe(false);
  });
  it('lets the author edit a tracked action between meetings as well as the owning agency and chair', () => {
    const subject = { action: { agencyId: 'police', meetingId: 'm1', createdBy: 'housing' }, meeting: meeting() };
    expect(can(police, 'tracked-action:edit', subject)).toBe(true);
    expect(can(chair, 'tracked-action:edit', subject)).toBe(true);
    expect(can(housing, 'tracked-action:edit', subject)).toBe(true);
    expect(can(housing, 'tracked-action:edit', { ...subject, action: { ...subject.action, createdBy: 'police' } })).toBe(false);
    expect(can(user('o2', 'observer', 'police'), 'tracked-action:edit', subject)).toBe(false);
  });
});

describe('late additions', () => {
  const closed = meeting({ status: 'closed', itemAccess: { i3: { agencyIds: ['police'] } } });
  it('lets an attendee who takes part in the case send one once the meeting is closed', () => {
    expect(can(housing, 'late-addition:submit', { meeting: closed, personId: 'a' })).toBe(true);
    expect(can(police, 'late-addition:submit', { meeting: closed, personId: 'b' })).toBe(true);
    expect(can(chair, 'late-addition:submit', { meeting: closed, personId: 'b' })).toBe(true);
    expect(can(housing, 'late-addition:submit', { meeting: closed, personId: null })).toBe(true);
  });
  it('refuses other agencies, observers, guests, outsiders and open meetings', () => {
    expect(can(housing, 'late-addition:submit', { meeting: closed, personId: 'b' })).toBe(false);
    expect(can(observer, 'late-addition:submit', { meeting: closed, personId: 'a' })).toBe(false);
    expect(can(gp, 'late-addition:submit', { meeting: { ...closed, attendeeIds: [...closed.attendeeIds, 'gp'] }, personId: 'a' })).toBe(false);
    expect(can(user('x', 'member', 'housing'), 'late-addition:submit', { meeting: closed, personId: 'a' })).toBe(false);
    expect(can(housing, 'late-addition:submit', { meeting: meeting(), personId: 'a' })).toBe(false);
  });
  it('lets only the chair of the closed meeting decide, and the chair or the sender read', () => {
    expect(can(chair, 'late-addition:decide', { meeting: closed })).toBe(true);
    expect(can(otherChair, 'late-addition:decide', { meeting: closed })).toBe(false);
    expect(can(admin, 'late-addition:decide', { meeting: closed })).toBe(false);
    expect(can(housing, 'late-addition:decide', { meeting: closed })).toBe(false);
    expect(can(chair, 'late-addition:decide', { meeting: meeting() })).toBe(false);
    expect(can(housing, 'late-addition:read', { meeting: closed, submittedBy: 'housing' })).toBe(true);
    expect(can(police, 'late-addition:read', { meeting: closed, submittedBy: 'housing' })).toBe(false);
    expect(can(chair, 'late-addition:read', { meeting: closed, submittedBy: 'housing' })).toBe(true);
  });
});

describe('a person’s chronology', () => {
  const closed = meeting({ status: 'closed', itemAccess: { i3: { agencyIds: ['police'] } } });
  it('shows case history (risk levels, decisions) only to those who could read the case in that meeting', () => {
    expect(can(chair, 'case-history:read', { meeting: closed, personId: 'b' })).toBe(true);
    expect(can(police, 'case-history:read', { meeting: closed, personId: 'b' })).toBe(true);
    expect(can(housing, 'case-history:read', { meeting: closed, personId: 'b' })).toBe(false);
    expect(can(housing, 'case-history:read', { meeting: closed, personId: 'a' })).toBe(true);
    // Not invited, an administrator who did not attend, a guest: nothing.
    expect(can(otherChair, 'case-history:read', { meeting: closed, personId: 'a' })).toBe(false);
    expect(can(admin, 'case-history:read', { meeting: closed, personId: 'a' })).toBe(false);
    const withGuest = meeting({ status: 'closed', guests: [{ userId: 'gp', itemIds: ['i2'], canWrite: false, window: { from: '2000-01-01T00:00:00Z', to: '2999-01-01T00:00:00Z' } }] });
    expect(can(gp, 'case-history:read', { meeting: withGuest, personId: 'a' })).toBe(false);
    expect(can({ ...police, disabled: true }, 'case-history:read', { meeting: closed, personId: 'b' })).toBe(false);
  });
  it('shows that a meeting took place to those who may see the meeting', () => {
    expect(can(housing, 'meeting-history:read', { meeting: closed })).toBe(true);
    expect(can(otherChair, 'meeting-history:read', { meeting: closed })).toBe(false);
  });
  it('shows an action to its case’s readers, its owning agency and the chair', () => {
    const action = { agencyId: 'housing', meetingId: 'm1' };
    expect(can(housing, 'action-history:read', { meeting: closed, personId: 'b', action })).toBe(true);
    expect(can(police, 'action-history:read', { meeting: closed, personId: 'b', action })).toBe(true);
    const policeAction = { agencyId: 'police', meetingId: 'm1' };
    expect(can(housing, 'action-history:read', { meeting: closed, personId: 'b', action: policeAction })).toBe(false);
    expect(can(chair, 'action-history:read', { meeting: closed, personId: 'b', action: policeAction })).toBe(true);
  });
  it('shows a notification only to the user it was sent to', () => {
    expect(can(police, 'notification:read', { notification: { userId: 'police' } })).toBe(true);
    expect(can(housing, 'notification:read', { notification: { userId: 'police' } })).toBe(false);
  });
});

describe('the first days after release', () => {
  const person = { _id: 'a', name: 'A', caseReference: 'R1', custodyStatus: 'sentenced', leadAgencyId: 'probation', caseTeamAgencyIds: ['police'], createdAt: '' } as Person;
  const panel: Panel = { _id: 'p1', name: 'IOM', type: 'IOM', chairIds: ['chair2'], createdAt: '' };
  const subject = { person, panels: [panel] };
  it('lets the lead agency, or a chair of the person’s panels, confirm what happened on release day', () => {
    expect(can(user('pr', 'member', 'probation'), 'release:confirm', subject)).toBe(true);
    expect(can(user('chair2', 'chair', 'housing'), 'release:confirm', subject)).toBe(true);
    // Another agency on the case team, an observer or minute-taker of the lead agency, a disabled account: no.
    expect(can(police, 'release:confirm', subject)).toBe(false);
    expect(can(housing, 'release:confirm', subject)).toBe(false);
    expect(can(observer, 'release:confirm', subject)).toBe(false);
    expect(can(minutes, 'release:confirm', subject)).toBe(false);
    expect(can(user('pr', 'member', 'probation', { disabled: true }), 'release:confirm', subject)).toBe(false);
    expect(can(admin, 'release:confirm', { person: { ...person, leadAgencyId: 'police' }, panels: [] })).toBe(false);
  });
  it('shares the itinerary with the agencies on the case only', () => {
    expect(can(police, 'itinerary:read', subject)).toBe(true);
    expect(can(police, 'itinerary:write', subject)).toBe(true);
    expect(can(user('pr', 'member', 'probation'), 'itinerary:write', subject)).toBe(true);
    expect(can(observer, 'itinerary:read', subject)).toBe(true);
    expect(can(observer, 'itinerary:write', subject)).toBe(false);
    // Not on the case: another agency, an administrator of another agency, a panel chair of another agency, a guest.
    expect(can(housing, 'itinerary:read', subject)).toBe(false);
    expect(can(user('adm', 'admin', 'council'), 'itinerary:read', subject)).toBe(false);
    expect(can(user('chair2', 'chair', 'housing'), 'itinerary:read', subject)).toBe(false);
    expect(can(user('gp2', 'guest', 'police'), 'itinerary:read', subject)).toBe(false);
  });
  it('shows the first days’ items to the agencies on the case and the panel’s chairs; those who act for them confirm items', () => {
    expect(can(user('pr', 'member', 'probation'), 'first-days:check', subject)).toBe(true);
    expect(can(police, 'first-days:check', subject)).toBe(true);
    expect(can(user('chair2', 'chair', 'housing'), 'first-days:check', subject)).toBe(true);
    expect(can(observer, 'first-days:read', subject)).toBe(true);
    expect(can(observer, 'first-days:check', subject)).toBe(false);
    // Not on the case and no chair of the person's panels: another agency, an administrator of another agency, a guest.
    expect(can(housing, 'first-days:read', subject)).toBe(false);
    expect(can(user('adm', 'admin', 'council'), 'first-days:read', subject)).toBe(false);
    expect(can(user('gp2', 'guest', 'police'), 'first-days:read', subject)).toBe(false);
    expect(can(user('pr', 'member', 'probation', { disabled: true }), 'first-days:read', subject)).toBe(false);
  });
});

describe('earlier actions reviewed in a later meeting', () => {
  // m0 (closed, chaired by chair2) agreed the actions; m1 (live, chaired by chair) reviews them.
  const origin = meeting({ _id: 'm0', chairId: 'chair2', status: 'closed' });
  const later = (extra: Partial<Meeting> = {}) => meeting({ itemAccess: { i2: { agencyIds: ['police'] } }, ...extra });
  const action = (extra: Partial<{ agencyId: string; personId: string; panelId: string; meetingId: string }> = {}) => ({
    agencyId: 'police',
    meetingId: 'm0',
    panelId: 'p1',
    personId: 'a',
    ...extra,
  });
  it('shows an action about a case to those who take part in that case here, the chairs and the owning agency', () => {
    const subject = { meeting: later(), action: action({ agencyId: 'housing' }), origin };
    expect(can(housing, 'tracked-action-review:read', subject)).toBe(true); // owning agency
    expect(can(police, 'tracked-action-review:read', subject)).toBe(true); // takes part in case a (item i2 names police)
    expect(can(chair, 'tracked-action-review:read', subject)).toBe(true); // this meeting's chair
    const notTakingPart = { meeting: later(), action: action({ agencyId: 'probation' }), origin };
    expect(can(housing, 'tracked-action-review:read', notTakingPart)).toBe(false); // item i2 is police-only
    expect(can(gp, 'tracked-action-review:read', subject)).toBe(false);
    expect(can(user('stranger', 'member', 'police'), 'tracked-action-review:read', subject)).toBe(false); // not in this meeting
  });
  it("keeps another panel's actions to the owning agency and the chair who agreed them", () => {
    const subject = { meeting: later(), action: action({ agencyId: 'housing', panelId: 'p2' }), origin: meeting({ _id: 'm0', panelId: 'p2', chairId: 'chair', status: 'closed' }) };
    expect(can(housing, 'tracked-action-review:read', subject)).toBe(true);
    expect(can(police, 'tracked-action-review:read', subject)).toBe(false);
    expect(can(chair, 'tracked-action-review:read', subject)).toBe(true);
    expect(can(chair, 'tracked-action-review:read', { ...subject, origin: meeting({ _id: 'm0', panelId: 'p2', chairId: 'chair2', status: 'closed' }) })).toBe(false);
  });
  it("shows another panel's action about a person on this agenda under a sharing basis, as for carried assessments", () => {
    const origin2 = meeting({ _id: 'm0', panelId: 'p2', chairId: 'chair2', status: 'closed' });
    const basis = { _id: 'b1', fromPanelId: 'p2', toPanelId: 'p1', basis: 'MAPPA information-sharing agreement', createdBy: 'admin', createdAt: '' };
    const shared = { meeting: later(), action: action({ agencyId: 'housing', panelId: 'p2' }), origin: origin2, bases: [basis] };
    expect(can(police, 'tracked-action-review:read', shared)).toBe(true); // takes part in case a here
    expect(can(chair, 'tracked-action-review:read', shared)).toBe(true); // this meeting's chair
    expect(can(observer, 'tracked-action-review:read', shared)).toBe(false); // item i2 is police-only
    // No basis, a basis the other way, a person not on this agenda, a standing action: only the owning agency.
    expect(can(police, 'tracked-action-review:read', { ...shared, bases: [] })).toBe(false);
    expect(can(police, 'tracked-action-review:read', { ...shared, bases: [{ ...basis, fromPanelId: 'p1', toPanelId: 'p2' }] })).toBe(false);
    expect(can(chair, 'tracked-action-review:read', { ...shared, action: action({ panelId: 'p2', personId: 'zz', agencyId: 'housing' }) })).toBe(false);
    expect(can(chair, 'tracked-action-review:read', { ...shared, action: { agencyId: 'housing', meetingId: 'm0', panelId: 'p2' } })).toBe(false);
    expect(can(housing, 'tracked-action-review:read', { ...shared, bases: [] })).toBe(true);
    // Its own panel decides what follows it.
    expect(can(chair, 'tracked-action-review:decide', shared)).toBe(false);
  });
  it('shows a standing action of the panel to attendees; a person not on the agenda only to the owner and the chairs', () => {
    expect(can(housing, 'tracked-action-review:read', { meeting: later(), action: { agencyId: 'police', meetingId: 'm0', panelId: 'p1' }, origin })).toBe(true);
    const offAgenda = { meeting: later(), action: action({ personId: 'zz' }), origin };
    expect(can(housing, 'tracked-action-review:read', offAgenda)).toBe(false);
    expect(can(police, 'tracked-action-review:read', offAgenda)).toBe(true);
    expect(can(chair, 'tracked-action-review:read', offAgenda)).toBe(true);
  });
  it("lets only this live meeting's chair record what follows an action that could not be done", () => {
    const subject = { meeting: later(), action: action(), origin };
    expect(can(chair, 'tracked-action-review:decide', subject)).toBe(true);
    expect(can(police, 'tracked-action-review:decide', subject)).toBe(false);
    expect(can(otherChair, 'tracked-action-review:decide', subject)).toBe(false);
    expect(can(chair, 'tracked-action-review:decide', { ...subject, meeting: later({ status: 'closed' }) })).toBe(false);
    expect(can(chair, 'tracked-action-review:decide', { ...subject, action: action({ panelId: 'p2' }) })).toBe(false);
  });
});
