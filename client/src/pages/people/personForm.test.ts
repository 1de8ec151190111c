import { describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain/records';
import { PROTECTED_FORM_FIELDS, createBody, formFromPerson, patchBody } from './personForm';

const filled = () => {
  const state = formFromPerson();
  state.text.name = 'Sam Example';
  state.text.caseReference = 'CASE-1';
  state.text.custodyStatus = 'sentenced';
  return state;
};

describe('person form', () => {
  it('refuses a missing name, an impossible date and a CRN in the wrong format, GOV.UK style', () => {
    const state = filled();
    state.text.name = ' ';
    state.dates.releaseDate = { day: '31', month: '2', year: '2027' };
    state.text.crn = '123456';
    const { body, errors } = createBody(state);
    expect(body).toBeUndefined();
    expect(errors).toEqual([
      { field: 'name', message: "Enter the person's full name" },
      { field: 'crn', message: 'CRN must be a letter followed by 6 digits, like X123456' },
      { field: 'releaseDate', message: 'Release date must be a real date' },
    ]);
  });

  it('says which part of a date is missing', () => {
    const state = filled();
    state.dates.sentenceExpiryDate = { day: '3', month: '', year: '' };
    expect(createBody(state).errors).toEqual([{ field: 'sentenceExpiryDate', message: 'Sentence expiry date must include a month and year' }]);
  });

  it('sends the whole record when adding, identifiers in capitals', () => {
    const state = filled();
    state.text.crn = 'x123456';
    state.text.mappaCategory = '2';
    state.text.visorReference = 'VR-1';
    state.dates.releaseDate = { day: '2', month: '3', year: '2027' };
    expect(createBody(state)).toEqual({
      body: { name: 'Sam Example', caseReference: 'CASE-1', custodyStatus: 'sentenced', crn: 'X123456', mappaCategory: 2, visorReference: 'VR-1', releaseDate: '2027-03-02' },
      errors: [],
    });
  });

  it('refuses a ViSOR reference without MAPPA', () => {
    const state = filled();
    state.text.visorReference = 'VR-1';
    expect(createBody(state).errors).toEqual([{ field: 'visorReference', message: 'A ViSOR reference needs a MAPPA category' }]);
  });

  it('sends only what changed, clears with null, and never sends a field the user may not change', () => {
    const person = { _id: 'p', createdAt: '', name: 'Sam Example', caseReference: 'CASE-1', custodyStatus: 'sentenced', releaseDate: '2027-03-02', ownViews: 'Old' } as Person;
    const state = formFromPerson(person);
    state.text.ownViews = 'New views';
    state.dates.releaseDate = { day: '', month: '', year: '' };
    expect(patchBody(state, person, () => true)).toEqual({ body: { releaseDate: null, ownViews: 'New views' }, errors: [] });
    expect(patchBody(state, person, (f) => !PROTECTED_FORM_FIELDS.has(f))).toEqual({ body: { ownViews: 'New views' }, errors: [] });
  });
});
