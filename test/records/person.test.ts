// The person record over REST: every field saved and read back, clear refusals naming the allowed values,
// the old 'in-custody' read as 'sentenced', and field-level rights (the case team records views, only the
// lead agency moves the release date).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOMMODATION_TYPES, CUSTODY_STATUSES } from '../../shared/domain/schemas.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';

let server: TestServer;
let probation: ApiClient;
let housing: ApiClient;
let agencyIds: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  probation = await loginAs(server.url, 'probation', PASSWORD);
  housing = await loginAs(server.url, 'housing', PASSWORD);
  const agencies = (await probation.get('/api/agencies?limit=50')).body.items as { _id: string; shortName?: string }[];
  agencyIds = Object.fromEntries(agencies.map((a) => [a.shortName ?? a._id, a._id]));
});
afterAll(() => server?.stop());

const base = { name: 'Record Person', custodyStatus: 'sentenced' };

describe('refusals', () => {
  it('refuses MAPPA category 4 and level 4 with a clear message, and saves nothing', async () => {
    const category = await probation.post('/api/people', { ...base, caseReference: 'REC-M4', mappaCategory: 4 });
    expect(category.status).toBe(400);
    expect(category.body.error).toContain('MAPPA category must be 1, 2 or 3');
    expect(category.body.fields).toEqual([{ field: 'mappaCategory', message: 'MAPPA category must be 1, 2 or 3' }]);
    const level = await probation.post('/api/people', { ...base, caseReference: 'REC-M4', mappaCategory: 1, mappaLevel: 4 });
    expect(level.status).toBe(400);
    expect(level.body.error).toContain('MAPPA level must be 1, 2 or 3');
    expect((await probation.get('/api/people?q=REC-M4')).body.total).toBe(0);
  });

  it('refuses a case-team agency or panel that does not exist, naming the field, and saves nothing', async () => {
    const res = await probation.post('/api/people', { ...base, caseReference: 'REC-REF', caseTeamAgencyIds: ['no-such-agency'], panelIds: ['no-such-panel'] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual([
      { field: 'caseTeamAgencyIds', message: 'Choose the case team from the list of agencies' },
      { field: 'panelIds', message: 'Choose panels from the list' },
    ]);
    expect((await probation.get('/api/people?q=REC-REF')).body.total).toBe(0);
    const daniel = (await probation.get('/api/people?q=Daniel')).body.items[0];
    expect((await probation.patch(`/api/people/${daniel._id}`, { panelIds: [server.demo.meeting.panelId, 'no-such-panel'] })).status).toBe(400);
    expect((await probation.get(`/api/people/${daniel._id}`)).body.panelIds).toEqual([server.demo.meeting.panelId]);
  });

  it('refuses an unknown custody status, naming the allowed values', async () => {
    const res = await probation.post('/api/people', { ...base, caseReference: 'REC-ESC', custodyStatus: 'escaped' });
    expect(res.status).toBe(400);
    expect(res.body.fields[0].field).toBe('custodyStatus');
    expect(res.body.error).toContain(`Custody status must be one of: ${CUSTODY_STATUSES.join(', ')}`);
    const accommodation = await probation.post('/api/people', { ...base, caseReference: 'REC-ESC', accommodationType: 'tent' });
    expect(accommodation.status).toBe(400);
    expect(accommodation.body.error).toContain(`Accommodation type must be one of: ${ACCOMMODATION_TYPES.join(', ')}`);
    expect((await probation.get('/api/people?q=REC-ESC')).body.total).toBe(0);
  });

  it('refuses identifiers in the wrong format, impossible dates and a ViSOR reference without MAPPA', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ crn: '123456' }, 'crn', 'CRN must be a letter followed by 6 digits, like X123456'],
      [{ prisonNumber: 'A12BC' }, 'prisonNumber', 'Prison number must be a letter, 4 digits and 2 letters, like A1234BC'],
      [{ pncNumber: '01-123' }, 'pncNumber', 'PNC number must be like 2001/0123456A'],
      [{ releaseDate: '2027-02-31' }, 'releaseDate', ''],
      [{ licenceExpiryDate: '31/12/2027' }, 'licenceExpiryDate', ''],
      [{ visorReference: 'VR-1' }, 'visorReference', 'A ViSOR reference needs a MAPPA category'],
    ];
    for (const [fields, field, message] of cases) {
      const res = await probation.post('/api/people', { ...base, caseReference: 'REC-BAD', ...fields });
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(res.body), field).toContain(field);
      if (message) expect(res.body.error, field).toContain(message);
    }
    expect((await probation.get('/api/people?q=REC-BAD')).body.total).toBe(0);
  });
});

describe('a full record', () => {
  it('saves every field and reads it back', async () => {
    const full = {
      name: 'Full Record',
      dateOfBirth: '1990-06-01',
      gender: 'female',
      ethnicity: 'White British',
      caseReference: 'REC-FULL',
      crn: 'x654321',
      prisonNumber: 'b9876cd',
      pncNumber: '2001/0123456a',
      visorReference: 'VR-2026-77',
      custodyStatus: 'recalled',
      prison: 'HMP Northgate',
      sentenceExpiryDate: '2029-04-30',
      licenceExpiryDate: '2029-04-30',
      conditionalReleaseDate: '2027-05-01',
      hdcEligibilityDate: '2027-03-17',
      paroleEligibilityDate: '2027-01-10',
      releaseDate: '2027-05-01',
      releaseAddress: '1 Station Road, Northgate',
      accommodationType: 'cas3',
      mappaCategory: 2,
      mappaLevel: 3,
      iomCohort: 'flex',
      leadAgencyId: agencyIds.Probation,
      leadPractitioner: 'Priya Shah',
      coverContact: 'Duty SPO',
      communicationNeeds: 'Needs an interpreter (Polish).',
      diversityNeeds: 'Practising Muslim; prayer times.',
      ownViews: 'Wants to be near her children.',
      caseTeamAgencyIds: [agencyIds.Housing],
      panelIds: [server.demo.meeting.panelId],
    };
    const created = await probation.post('/api/people', full);
    expect(created.status).toBe(201);
    const read = await probation.get(`/api/people/${created.body._id}`);
    expect(read.status).toBe(200);
    const expected = { ...full, crn: 'X654321', prisonNumber: 'B9876CD', pncNumber: '2001/0123456A', caseTeamAgencyIds: [agencyIds.Housing, agencyIds.Probation] };
    expect(read.body).toMatchObject(expected);
    expect(read.body).toMatchObject({ canEdit: true, canEditProtected: true });
    // Custody status and release date change only as recorded events (type, reason, source).
    const why = { type: 'other', reason: 'Status update from the prison.', source: 'Prison OMU' };
    for (const status of CUSTODY_STATUSES.filter((s) => s !== full.custodyStatus)) {
      // A recall says which kind (it opens a recall episode).
      const recall = status === 'recalled' ? { recallType: 'standard' } : {};
      const changed = await probation.post(`/api/people/${created.body._id}/release-changes`, { ...why, custodyStatus: status, ...recall });
      expect(changed.status, status).toBe(201);
      expect((await probation.get(`/api/people/${created.body._id}`)).body.custodyStatus).toBe(status);
    }
    expect((await probation.post(`/api/people/${created.body._id}/release-changes`, { ...why, releaseDate: null })).status).toBe(201);
    // Clearing: dates and identifiers take null.
    const cleared = await probation.patch(`/api/people/${created.body._id}`, { pncNumber: null, accommodationType: null });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ releaseDate: null, pncNumber: null, accommodationType: null });
    // A ViSOR reference needs MAPPA: removing MAPPA while it is there is refused, and nothing changes.
    const noMappa = await probation.patch(`/api/people/${created.body._id}`, { mappaCategory: null, mappaLevel: null });
    expect(noMappa.status).toBe(400);
    expect(noMappa.body.error).toContain('A ViSOR reference needs a MAPPA category');
    expect((await probation.get(`/api/people/${created.body._id}`)).body.mappaCategory).toBe(2);
  });

  it("reads and accepts the old 'in-custody' as 'sentenced', and filters on it", async () => {
    const old = await probation.post('/api/people', { name: 'Old Status', caseReference: 'REC-OLD', custodyStatus: 'in-custody' });
    expect(old.status).toBe(201);
    expect(old.body.custodyStatus).toBe('sentenced');
    // No lead agency given: the creator's agency leads, so they can correct the protected fields.
    expect(old.body.leadAgencyId).toBe(agencyIds.Probation);
    expect((await probation.get(`/api/people/${old.body._id}`)).body.canEditProtected).toBe(true);
    expect((await probation.get(`/api/people/${old.body._id}`)).body.custodyStatus).toBe('sentenced');
    const filtered = await probation.get('/api/people?custodyStatus=sentenced&limit=200');
    expect(filtered.body.items.map((p: { caseReference: string }) => p.caseReference)).toContain('REC-OLD');
    const legacyFilter = await probation.get('/api/people?custodyStatus=in-custody&limit=200');
    expect(legacyFilter.status).toBe(200);
    expect(legacyFilter.body.total).toBe(filtered.body.total);
  });
});

describe('who changes what', () => {
  it('lets a non-lead agency on the case team change their views but not the release date', async () => {
    const created = await probation.post('/api/people', {
      name: 'Team Person',
      caseReference: 'REC-TEAM',
      custodyStatus: 'sentenced',
      releaseDate: '2027-02-01',
      leadAgencyId: agencyIds.Probation,
      caseTeamAgencyIds: [agencyIds.Housing],
    });
    expect(created.status).toBe(201);
    const id = created.body._id as string;

    const seen = await housing.get(`/api/people/${id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ canEdit: true, canEditProtected: false });

    const release = await housing.patch(`/api/people/${id}`, { releaseDate: '2027-03-01' });
    expect(release.status).toBe(403);
    expect(release.body.error).toContain('releaseDate');
    for (const protectedField of [{ crn: 'X111111' }, { conditionalReleaseDate: '2027-01-01' }, { custodyStatus: 'on-licence' }]) {
      expect((await housing.patch(`/api/people/${id}`, protectedField)).status, JSON.stringify(protectedField)).toBe(403);
    }

    const views = await housing.patch(`/api/people/${id}`, { ownViews: 'Would take a CAS3 place.', accommodationType: 'cas3', releaseAddress: 'CAS3, 4 Mill Lane' });
    expect(views.status).toBe(200);
    const after = (await probation.get(`/api/people/${id}`)).body;
    expect(after).toMatchObject({ releaseDate: '2027-02-01', custodyStatus: 'sentenced', ownViews: 'Would take a CAS3 place.', accommodationType: 'cas3' });
    expect(after.crn).toBeUndefined();
  });
});
