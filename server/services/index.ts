// The domain services, built once per process. REST routes and the live layer both call these.
import type { Agency, Panel, SharingBasis } from '../../shared/domain/records.js';
import type { AgencyInput, PanelInput, SharingBasisInput } from '../../shared/domain/schemas.js';
import { accountLockout } from '../auth/lockout/accountLockout.js';
import type { LockoutSettings } from '../auth/lockout/settings.js';
import { createDocumentHub, type DocumentHubDeps } from '../documents/index.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/port.js';
import { liveActionService } from './liveActions.js';
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
import { agencyListService } from './agencyLists.js';
import { closeService } from './close/closeService.js';
import { trackedActionService } from './trackedActions.js';
import { trackedActionReviewService } from './trackedActionReview.js';
import { firstDaysService } from './firstDays.js';
import { firstDaysChecklistService } from './firstDaysChecklist.js';
import { lateAdditionService } from './lateAdditions.js';
import { unsentChangesRegistry } from './unsentChanges.js';
import { riskLevelService } from './riskLevels.js';
import { chronologyService } from './chronology.js';
import { notificationService } from './notifications.js';
import { releaseChangeService } from './releaseChanges.js';
import { custodyEpisodeService } from './custodyEpisodes.js';

export interface ServiceOptions {
  logger?: Logger;
  /** How long a user's edits of one document are gathered into one audit entry. */
  auditEditWindowMs?: number;
  documents?: Pick<DocumentHubDeps, 'unloadGraceMs' | 'compactThreshold' | 'groupCommitMs'>;
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
  const notifications = notificationService(store, outbox);
  const custodyEpisodes = custodyEpisodeService({ store, people, audit });
  const auditEdits = editRecorder({
    record: audit.record,
    windowMs: options.auditEditWindowMs,
    onError: (err) => options.logger?.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'auditing edits failed'),
  });
  const trackedActions = trackedActionService(store, audit, events);
  const services = {
    events,
    audit,
    auditEdits,
    users: userService(store),
    identityProviders: identityProviderService(store),
    /** The per-account sign-in lockout, its counts kept in the store's signInThrottle collection. */
    signInLockout: (settings: LockoutSettings) => accountLockout(store.collection('signInThrottle'), settings),
    agencies: recordService<Agency, AgencyInput>(store.collection('agencies'), 'Agency'),
    panels: recordService<Panel, PanelInput>(store.collection('panels'), 'Panel'),
    sharingBases: recordService<SharingBasis, SharingBasisInput & { createdBy: string }>(store.collection('sharingBases'), 'Sharing basis'),
    people,
    meetings,
    meetingAccess: meetingAccessService({ store, meetings, audit, events }),
    documents,
    documentAccess: documentAccessService(store, documents),
    control: meetingControlService({ meetings, documents, audit, events }),
    liveActions: liveActionService({ store, meetings, documents, audit, events }),
    riskLevels: riskLevelService({ store, meetings, documents, audit }),
    chronology: chronologyService({ store, people, custodyEpisodes }),
    outbox,
    notifications,
    custodyEpisodes,
    releaseChanges: releaseChangeService({ store, people, custodyEpisodes, notifications, audit, events, logger: options.logger }),
    agencyLists: agencyListService(store),
    trackedActions,
    /** Tracked actions reviewed in a later meeting: updated through the tracked-actions service (same policy and audit). */
    trackedActionReview: trackedActionReviewService({ store, audit, events, meetings, trackedActions }),
    firstDays: firstDaysService(store, people),
    firstDaysChecklist: firstDaysChecklistService({ store, people, documents, audit }),
    close: closeService({ store, documents, events, audit, meetings, outbox }),
    /** Who may hold changes the server has not received (live meetings; for the close review). */
    unsentChanges: unsentChangesRegistry(),
    lateAdditions: lateAdditionService({ store, meetings, audit }),
  };
  return services;
}
export type Services = ReturnType<typeof createServices>;
