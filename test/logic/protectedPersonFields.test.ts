// The person form shows the server's protected fields read-only to users who may not change them:
// the two lists must not drift apart.
import { describe, expect, it } from 'vitest';
import { FORM_ORDER, PROTECTED_FORM_FIELDS } from '../../client/src/pages/people/personForm.js';
import { PROTECTED_PERSON_FIELDS } from '../../server/policy/people.js';

describe('protected person fields', () => {
  it('the form marks as protected exactly the protected fields the server lists (those on the form)', () => {
    const serverOnForm = PROTECTED_PERSON_FIELDS.filter((f) => (FORM_ORDER as string[]).includes(f));
    expect([...PROTECTED_FORM_FIELDS].sort()).toEqual([...serverOnForm].sort());
  });
});
