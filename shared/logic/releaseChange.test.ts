import { describe, expect, it } from 'vitest';
import { describeMove, movedDueDates, releaseChangeMessage, releaseChangeRecipients, type RecipientUser } from './releaseChange.js';

describe('movedDueDates', () => {
  it('moves only actions set relative to release, and only when their date changes', () => {
    const actions = [
      { _id: 'before', dueDate: '2026-12-01', dueRelativeDays: -3 },
      { _id: 'on', dueDate: '2026-12-04', dueRelativeDays: 0 },
      { _id: 'fixed', dueDate: '2026-12-10' },
      { _id: 'fixed-null-rel', dueDate: '2026-12-10', dueRelativeDays: null },
      { _id: 'already', dueDate: '2026-12-06', dueRelativeDays: 3 },
    ];
    expect(movedDueDates(actions, '2026-12-03')).toEqual([
      { actionId: 'before', from: '2026-12-01', to: '2026-11-30' },
      { actionId: 'on', from: '2026-12-04', to: '2026-12-03' },
    ]);
  });
  it('leaves a relative action without a date when the release date is removed', () => {
    expect(movedDueDates([{ _id: 'a', dueDate: '2026-12-04', dueRelativeDays: 0 }], null)).toEqual([{ actionId: 'a', from: '2026-12-04', to: null }]);
  });
  it('describes what moved', () => {
    expect(describeMove('2026-12-04', '2026-12-03')).toBe('was 4 Dec 2026, now 3 Dec 2026');
  });
});

describe('releaseChangeRecipients', () => {
  const u = (id: string, agencyId: string, displayName = id, extra: Partial<RecipientUser> = {}): RecipientUser => ({ _id: id, displayName, agencyId, role: 'member', ...extra });
  const users = [
    u('p1', 'probation'),
    u('p2', 'probation'),
    u('h1', 'housing', 'Hana Hughes'),
    u('h2', 'housing', 'Harry Hill'),
    u('d1', 'dwp', 'Dee Walker'),
    u('d2', 'dwp'),
    u('g1', 'gp'),
    u('g2', 'gp'),
    u('x', 'probation', 'x', { disabled: true }),
    u('guest', 'probation', 'guest', { role: 'guest' }),
    u('police1', 'police'),
  ];
  it('tells the case team, named owners, and the whole owning agency when the owner is no user', () => {
    const person = { leadAgencyId: 'probation', caseTeamAgencyIds: ['housing'] };
    const actions = [
      { agencyId: 'dwp', owner: '  dee  WALKER ' },
      { agencyId: 'gp', owner: 'Reception desk' },
      { agencyId: 'housing', owner: 'Hana Hughes' },
    ];
    expect(releaseChangeRecipients(person, actions, users)).toEqual(['d1', 'g1', 'g2', 'h1', 'h2', 'p1', 'p2']);
  });
  it('tells nobody outside the case team and the owners', () => {
    expect(releaseChangeRecipients({ leadAgencyId: 'probation' }, [], users)).toEqual(['p1', 'p2']);
  });
});

describe('releaseChangeMessage', () => {
  it('names the case by reference only and keeps the title free of personal data', () => {
    const { title, body } = releaseChangeMessage(
      [
        {
          field: 'releaseDate',
          old: '2026-12-04',
          new: '2026-12-03',
          type: 'friday-release-brought-forward',
          source: 'Prison OMU',
          byName: 'Pat Probation',
          movedActions: [{ actionId: 'a', from: '2026-12-04', to: '2026-12-03' }],
        },
      ],
      'RT-0042',
      'Probation',
    );
    expect(title).toBe('A release date has changed');
    expect(body).toContain('Case RT-0042: Friday release brought forward.');
    expect(body).toContain('Release date: was 4 December 2026, now 3 December 2026.');
    expect(body).toContain('1 action due relative to release moved with it.');
  });
});
