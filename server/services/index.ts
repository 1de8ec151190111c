// The domain services, built once per process. REST routes and the live layer both call these.
import type { Agency, Panel, SharingBasis } from '../../shared/domain/records.js';
import type { AgencyInput, PanelInput, SharingBasisInput } from '../../shared/domain/schemas.js';
import { accountLockout, type ThrottleDoc } from '../auth/lockout/accountLockout.js';
import type { LockoutSettings } from '../auth/lockout/settings.js';
import { createDocumentHub, type DocumentHubDeps } from '../documents/index.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/port.js';
import { actionService } from './actions.js';
import { auditService } from './audit.js';
import { editRecorder } from './auditEdits.js';
import { DomainEventBus } from './events.js';
import { meetingControlService } from './meetingControl.js';
import { meetingService } from './meetings.js';
import { meetingAccessService } from './meetingAccess.js';
import { documentAccessService } from './documentAccess.js';
import { identityProviderService } from './identityProviders.js';
import { personService } from './people.js';
import { recordService } from './records.js';
import { userService } from './users.js';
import { outbox as createOutbox } from '../mail/outbox.js';
import { agencyActionsService } from './agencyActions.js';
import { closeService } from './close/closeService.js';
import { trackedActionService } from './trackedActions.js';

export interface ServiceOptions {
  logger?: Logger;
  /** How long a user's edits of one document are gathered into one audit entry. */
  auditEditWindowMs?: number;
  documents?: Pick<DocumentHubDeps, 'unloadGraceMs' | 'compactThreshold'>;
}

/** The store behind a set of services: for demo seeding only (server/demo/), never for the app's code paths. */
const stores = new WeakMap<object, Store>();
export function storeBehind(services: Services): Store {
  const store = stores.get(services);
  if (!store) throw new Error('these services were not built by createServices');
  return store;
}

export function createServices(store: Store, options: ServiceOptions = {}) {
  const events = new DomainEventBus();
  const people = personService(store);
  const meetings = meetingService(store, events, people.getFor);
  const audit = auditService(store);
  const documents = createDocumentHub({
    store,
    meetings,
    logger: options.logger,
    ...options.documents,
    onCarryOver: ({ meetingId, personId, kind, fromMeetingId, fromPanelId }) =>
      void audit
        .record(null, 'case.carry-over', 'meeting', meetingId, { personId, kind, fromMeetingId, fromPanelId })
        .catch((err: unknown) => options.logger?.error({ err: (err as Error).message }, 'auditing a carry-over failed')),
  });
  const outbox = createOutbox(store);
  const auditEdits = editRecorder({
    record: audit.record,
    windowMs: options.auditEditWindowMs,
    onError: (err) => options.logger?.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'auditing edits failed'),
  });
  const services = {
    events,
    audit,
    auditEdits,
    users: userService(store),
    identityProviders: identityProviderService(store),
    /** The per-account sign-in lockout, its counts kept in the store's signInThrottle collection. */
    signInLockout: (settings: LockoutSettings) => accountLockout(store.collection<ThrottleDoc>('signInThrottle'), settings),
    agencies: recordService<Agency, AgencyInput>(store.collection('agencies'), 'Agency'),
    panels: recordService<Panel, PanelInput>(store.collection('panels'), 'Panel'),
    sharingBases: recordService<SharingBasis, SharingBasisInput & { createdBy: string }>(store.collection('sharingBases'), 'Sharing basis'),
    people,
    meetings,
    meetingAccess: meetingAccessService({ store, meetings, audit, events }),
    documents,
    documentAccess: documentAccessService(store, documents),
    control: meetingControlService({ meetings, documents, audit, events }),
    actions: actionService({ store, meetings, documents, audit, events }),
    outbox,
    agencyActions: agencyActionsService(store),
    trackedActions: trackedActionService(store, audit, events),
    close: closeService({ store, documents, events, audit, meetings, outbox }),
  };
  stores.set(services, store);
  return services;
}
export type Services = ReturnType<typeof createServices>;
