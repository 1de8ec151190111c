import { describe, expect, it } from 'vitest';
import { initialReleaseChange, releaseChangeBody } from './releaseChangeForm';

const person = { releaseDate: '2026-12-04', custodyStatus: 'sentenced' };
const filled = { ...initialReleaseChange(person), type: 'friday-release-brought-forward', reason: 'Friday release.', source: 'Prison OMU' };

describe('the release-date change form', () => {
  it('starts from the recorded date and status', () => {
    expect(initialReleaseChange(person)).toMatchObject({ releaseDate: { day: '4', month: '12', year: '2026' }, noReleaseDate: false, custodyStatus: 'sentenced' });
  });
  it('sends only what changed, with the type, reason and source', () => {
    expect(releaseChangeBody({ ...filled, releaseDate: { day: '3', month: '12', year: '2026' } }, person)).toEqual({
      body: { releaseDate: '2026-12-03', type: 'friday-release-brought-forward', reason: 'Friday release.', source: 'Prison OMU' },
      errors: [],
    });
    expect(releaseChangeBody({ ...filled, noReleaseDate: true, custodyStatus: 'recalled', recallType: 'fixed-term', type: 'recall' }, person).body).toMatchObject({
      releaseDate: null,
      custodyStatus: 'recalled',
      recallType: 'fixed-term',
    });
  });
  it('asks for the type of recall with a change to recalled, and sends none otherwise', () => {
    expect(releaseChangeBody({ ...filled, noReleaseDate: true, custodyStatus: 'recalled', type: 'recall' }, person).errors).toEqual([
      { field: 'changeRecallType', message: 'Select the type of recall' },
    ]);
    expect(releaseChangeBody({ ...filled, custodyStatus: 'remand', recallType: 'standard', type: 'other' }, person).body).toEqual({
      custodyStatus: 'remand',
      type: 'other',
      reason: 'Friday release.',
      source: 'Prison OMU',
    });
  });
  it('asks for every missing part, each linked to its field', () => {
    const { body, errors } = releaseChangeBody({ ...initialReleaseChange(person), releaseDate: { day: '31', month: '2', year: '2026' } }, person);
    expect(body).toBeUndefined();
    expect(errors).toEqual([
      { field: 'newReleaseDate-day', message: 'New release date must be a real date' },
      { field: 'changeType', message: 'Select the type of change' },
      { field: 'changeReason', message: 'Enter the reason for the change' },
      { field: 'changeSource', message: 'Enter who told you (the source)' },
    ]);
  });
  it('refuses a change that changes nothing', () => {
    expect(releaseChangeBody(filled, person).errors).toEqual([{ field: 'newReleaseDate-day', message: 'Change the release date or the custody status: both are as recorded now' }]);
  });
});
