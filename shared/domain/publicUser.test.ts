import { describe, expect, it } from 'vitest';
import { toPublicUser } from './publicUser.js';

describe('toPublicUser', () => {
  it('keeps only what others may see of an account', () => {
    const stored = {
      _id: 'u1',
      username: 'housing',
      displayName: 'Helen Marsh',
      email: 'helen@example.org',
      agencyId: 'a1',
      role: 'member' as const,
      passwordHash: 'scrypt$secret',
      totpSecret: 'BASE32SECRET',
      externalIds: ['issuer|sub'],
      failedLogins: 3,
    };
    expect(toPublicUser(stored)).toEqual({ _id: 'u1', username: 'housing', displayName: 'Helen Marsh', email: 'helen@example.org', agencyId: 'a1', role: 'member' });
  });

  it('leaves out an empty e-mail address', () => {
    expect(toPublicUser({ _id: 'u2', username: 'police', displayName: 'Dan', agencyId: 'a2', role: 'observer' })).not.toHaveProperty('email');
  });
});
