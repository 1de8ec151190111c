// Every API area's operations, in the order the document lists them.
import { accounts } from './accounts.js';
import { actions } from './actions.js';
import { audit } from './audit.js';
import { auth } from './auth.js';
import { close } from './close.js';
import { directory } from './directory.js';
import { service } from './health.js';
import { identityProviders } from './identityProviders.js';
import { live } from './live.js';
import { meetingAccess } from './meetingAccess.js';
import { meetings } from './meetings.js';
import type { ApiArea } from './operation.js';
import { partnership } from './partnership.js';
import { people } from './people.js';

export const apiAreas: ApiArea[] = [service, auth, directory, accounts, identityProviders, people, meetings, meetingAccess, actions, close, partnership, audit, live];
