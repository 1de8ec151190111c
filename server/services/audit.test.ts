// What a people search leaves in the audit log: the filters used, never the search text.
import { describe, expect, it } from 'vitest';
import { peopleSearchDetails } from './audit.js';

describe('peopleSearchDetails', () => {
  it('keeps dates and custody status, and only that there was a search text', () => {
    const details = peopleSearchDetails({ q: 'Jane Doe', releaseFrom: '2026-01-01', releaseTo: '2026-02-01', custodyStatus: 'in-custody' });
    expect(details).toEqual({ q: true, releaseFrom: '2026-01-01', releaseTo: '2026-02-01', custodyStatus: 'in-custody' });
    expect(JSON.stringify(details)).not.toContain('Jane');
  });

  it('names no filter that was not used', () => {
    expect(peopleSearchDetails({})).toEqual({});
    expect(peopleSearchDetails({ q: '' })).toEqual({});
  });
});
