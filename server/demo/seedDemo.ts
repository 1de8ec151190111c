// The demo partnership: agencies, users, eight people released over the next twelve weeks and one
// scheduled IOM meeting. Idempotent: a second run finds the records and creates nothing.
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import type { PersonInput, Role } from '../../shared/domain/schemas.js';
import type { Services } from '../services/index.js';
import type { Store } from '../store/port.js';

export const DEFAULT_DEMO_PASSWORD = 'roundtable-demo';

const AGENCIES = [
  { key: 'probation', name: 'Probation Service', shortName: 'Probation', contactEmail: 'probation.iom@example.gov.uk' },
  { key: 'police', name: 'Police IOM Team', shortName: 'Police', contactEmail: 'iom.police@example.police.uk' },
  { key: 'housing', name: 'Local Authority Housing', shortName: 'Housing', contactEmail: 'housing.options@example.gov.uk' },
  { key: 'substance', name: 'Drug & Alcohol Service', shortName: 'D&A', contactEmail: 'recovery@example.nhs.uk' },
  { key: 'prison', name: 'HMP Northgate', shortName: 'Prison', contactEmail: 'omu@example.justice.gov.uk' },
  { key: 'mentalhealth', name: 'Mental Health (NHS)', shortName: 'Mental health', contactEmail: 'cmht@example.nhs.uk' },
  { key: 'dwp', name: 'DWP / Jobcentre Plus', shortName: 'DWP', contactEmail: 'prison.leavers@example.dwp.gov.uk' },
] as const;

const USERS: { username: string; displayName: string; agency: (typeof AGENCIES)[number]['key']; role: Role }[] = [
  { username: 'admin', displayName: 'Partnership Administrator', agency: 'probation', role: 'admin' },
  { username: 'chair', displayName: 'Sam Okafor (SPO, chair)', agency: 'probation', role: 'chair' },
  { username: 'probation', displayName: 'Priya Shah (COM)', agency: 'probation', role: 'member' },
  { username: 'police', displayName: 'PC Dan Reeves', agency: 'police', role: 'member' },
  { username: 'housing', displayName: 'Helen Marsh (Housing Options)', agency: 'housing', role: 'member' },
  { username: 'substance', displayName: 'Tom Grady (Recovery Coordinator)', agency: 'substance', role: 'member' },
  { username: 'minutes', displayName: 'Jo Patel (Panel Administrator)', agency: 'probation', role: 'minute-taker' },
  { username: 'observer', displayName: 'Alex Kim (Trainee PO)', agency: 'probation', role: 'observer' },
];

function inDays(days: number, from = new Date()): string {
  const d = new Date(from);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const PEOPLE: (Omit<PersonInput, 'releaseDate'> & { releaseInDays: number })[] = [
  { name: 'Daniel Hughes', dateOfBirth: '1991-03-14', caseReference: 'X123401', prisonNumber: 'A1234BC', pncNumber: '2009/0123456A', gender: 'male', custodyStatus: 'sentenced', prison: 'HMP Northgate', releaseInDays: 5, mappaCategory: 2, mappaLevel: 2, visorReference: 'VR-0091', accommodationType: 'approved-premises', releaseAddress: 'Northgate Approved Premises', iomCohort: 'fixed', leadPractitioner: 'Priya Shah', coverContact: 'Duty SPO', communicationNeeds: 'Prefers phone calls to letters; dyslexia.', ownViews: 'Wants to live near his sister and get back into work.' },
  { name: 'Kayleigh Brennan', dateOfBirth: '1988-11-02', caseReference: 'X123402', prisonNumber: 'A2345CD', custodyStatus: 'sentenced', prison: 'HMP Eastwood Park', releaseInDays: 12, iomCohort: 'flex', leadPractitioner: 'Priya Shah', coverContact: 'Duty SPO', ownViews: 'Worried about returning to the same area.' },
  { name: 'Marcus Adeyemi', dateOfBirth: '1995-07-21', caseReference: 'X123403', prisonNumber: 'A3456DE', custodyStatus: 'sentenced', prison: 'HMP Northgate', releaseInDays: 19, iomCohort: 'fixed', leadPractitioner: 'Priya Shah' },
  { name: 'Lee Fairbrother', dateOfBirth: '1979-01-30', caseReference: 'X123404', prisonNumber: 'A4567EF', custodyStatus: 'sentenced', prison: 'HMP Northgate', releaseInDays: 30, mappaCategory: 1, mappaLevel: 2, leadPractitioner: 'Priya Shah' },
  { name: 'Shannon Doyle', dateOfBirth: '1999-05-09', caseReference: 'X123405', prisonNumber: 'A5678FG', custodyStatus: 'sentenced', prison: 'HMP Eastwood Park', releaseInDays: 41, iomCohort: 'flex', leadPractitioner: 'Priya Shah' },
  { name: 'Craig Whitlock', dateOfBirth: '1985-09-17', caseReference: 'X123406', prisonNumber: 'A6789GH', custodyStatus: 'sentenced', prison: 'HMP Northgate', releaseInDays: 55, iomCohort: 'fixed', leadPractitioner: 'Priya Shah' },
  { name: 'Aaron Clarke', dateOfBirth: '2001-12-03', caseReference: 'X123407', prisonNumber: 'A7890HJ', custodyStatus: 'sentenced', prison: 'HMP Northgate', releaseInDays: 68, iomCohort: 'free', leadPractitioner: 'Priya Shah' },
  { name: 'Nadia Rahman', dateOfBirth: '1993-04-25', caseReference: 'X123408', prisonNumber: 'A8901JK', custodyStatus: 'sentenced', prison: 'HMP Eastwood Park', releaseInDays: 82, iomCohort: 'flex', leadPractitioner: 'Priya Shah' },
];

export interface DemoSummary {
  created: boolean;
  meeting: Meeting;
  users: Record<string, PublicUser>;
}

/** Seeding reads the store directly to stay idempotent (find-or-create by name); the running app never does. */
export async function seedDemo({ services, store }: { services: Services; store: Store }, password: string, today = new Date()): Promise<DemoSummary> {
  const existingChair = await services.users.findByUsername('chair');

  const agencyIds: Record<string, string> = {};
  for (const { key, ...agency } of AGENCIES) {
    const found = await store.collection('agencies').findOne({ name: agency.name });
    agencyIds[key] = found?._id ?? (await services.agencies.create(agency))._id;
  }

  const users: Record<string, PublicUser> = {};
  for (const u of USERS) {
    users[u.username] =
      (await services.users.findByUsername(u.username)) ??
      (await services.users.create({ username: u.username, displayName: u.displayName, agencyId: agencyIds[u.agency], role: u.role, password }));
  }

  const panel =
    (await store.collection('panels').findOne({ name: 'Northgate IOM Panel' })) ??
    (await services.panels.create({ name: 'Northgate IOM Panel', type: 'IOM', chairIds: [users.chair._id] }));

  // The IOM case team: probation leads, police, housing and the drug and alcohol service work with everyone.
  const caseTeamAgencyIds = ['probation', 'police', 'housing', 'substance'].map((key) => agencyIds[key]);
  const personIds: string[] = [];
  for (const { releaseInDays, ...person } of PEOPLE) {
    const found = await store.collection('people').findOne({ caseReference: person.caseReference });
    personIds.push(
      found?._id ??
        (await services.people.create({ ...person, releaseDate: inDays(releaseInDays, today), leadAgencyId: agencyIds.probation, caseTeamAgencyIds, panelIds: [panel._id] }))._id,
    );
  }

  const meetings = store.collection('meetings');
  const existing = await meetings.findOne({ panelId: panel._id, title: 'IOM panel: pre-release cases' });
  if (existing && existingChair) return { created: false, meeting: existing, users };

  const startsAt = new Date(today);
  startsAt.setUTCDate(startsAt.getUTCDate() + 1);
  startsAt.setUTCHours(10, 0, 0, 0);
  const meeting = await services.meetings.create(null, {
    panelId: panel._id,
    title: 'IOM panel: pre-release cases',
    type: 'IOM',
    startsAt: startsAt.toISOString(),
    chairId: users.chair._id,
    attendeeIds: ['probation', 'police', 'housing', 'substance', 'minutes', 'observer'].map((u) => users[u]._id),
    agenda: [
      { title: 'Review of previous actions', kind: 'standing', timeboxMinutes: 10 },
      { title: 'Daniel Hughes: release in 5 days', kind: 'case', personId: personIds[0], presenterAgencyId: agencyIds.probation, timeboxMinutes: 20 },
      { title: 'Kayleigh Brennan: release in 12 days', kind: 'case', personId: personIds[1], presenterAgencyId: agencyIds.probation, timeboxMinutes: 15 },
      { title: 'Marcus Adeyemi: release in 19 days', kind: 'case', personId: personIds[2], presenterAgencyId: agencyIds.police, timeboxMinutes: 15 },
      { title: 'New referrals', kind: 'standing', timeboxMinutes: 10 },
      { title: 'Any other business', kind: 'standing', timeboxMinutes: 5 },
    ],
  });
  return { created: true, meeting, users };
}
