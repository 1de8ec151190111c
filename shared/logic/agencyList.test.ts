// Who gets an e-mail at close: agencies with an action, and agencies bound by a decision without one.
import { describe, expect, it } from 'vitest';
import { agenciesToNotify } from './agencyList';

const decision = (agencyIds: string[]) => ({ id: 'd', itemId: 'i', text: 'Agreed', rationale: '', agencyIds, createdAt: '2026-01-01T00:00:00.000Z' });
const action = (agencyId: string) => ({ agencyId }) as never;

describe('agenciesToNotify', () => {
  it('includes an agency bound by a decision that has no action, once, in order', () => {
    expect(agenciesToNotify({ actions: [action('police'), action('housing')], decisions: [decision(['probation', 'police'])] } as never)).toEqual(['housing', 'police', 'probation']);
  });
  it('is empty when nothing names an agency', () => {
    expect(agenciesToNotify({ actions: [], decisions: [decision([])] } as never)).toEqual([]);
  });
});
