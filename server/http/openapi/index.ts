// Every API area's operations, in the order the document lists them.
import { accounts } from './accounts.js';
import { actions } from './actions.js';
import { audit } from './audit.js';
import { chronology } from './chronology.js';
import { auth } from './auth.js';
import { close } from './close.js';
import { lateAdditions } from './lateAdditions.js';
import { directory } from './directory.js';
import { service } from './health.js';
import { identityProviders } from './identityProviders.js';
import { live } from './live.js';
import { meetingAccess } from './meetingAccess.js';
import { meetings } from './meetings.js';
import type { ApiArea } from './operation.js';
import { partnership } from './partnership.js';
import { people } from './people.js';
import { firstDays } from './firstDays.js';
import { notifications } from './notifications.js';
import { trackedActionReview } from './trackedActionReview.js';
import { releaseChanges } from './releaseChanges.js';
import { custodyEpisodes } from './custodyEpisodes.js';

export const apiAreas: ApiArea[] = [service, auth, directory, accounts, identityProviders, people, firstDays, chronology, meetings, meetingAccess, actions, close, lateAdditions, partnership, audit, live, notifications, releaseChanges, custodyEpisodes, trackedActionReview];
