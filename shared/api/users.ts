// What the REST API answers about accounts to administrators.
import type { PublicUser } from '../domain/records.js';

type AccountStatus = 'active' | 'disabled';

/** A user as administrators see it (GET /api/users?view=admin, disable, enable): the public fields and whether the account is active. */
export interface AdminUser extends PublicUser {
  status: AccountStatus;
  disabledAt?: string;
}
