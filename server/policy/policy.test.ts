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
