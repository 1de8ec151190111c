// Every collection, declared once: its record type and its indexes. `store.collection(name)` accepts only these
// names and returns the declared type; every adapter creates the indexes (INDEXES) and refuses any other name.
import type { TrackedAction } from '../../shared/domain/actions.js';
import type { CustodyEpisode } from '../../shared/domain/custodyEpisodes.js';
import type { ReleaseConfirmation, StoredFirstDaysCheck } from '../../shared/domain/firstDays.js';
import type { LateAddition } from '../../shared/domain/lateAdditions.js';
import type { Notification } from '../../shared/domain/notifications.js';
import type { PersonEvent } from '../../shared/domain/personEvents.js';
import type { AccessRequest, Agency, AuditEntry, Meeting, Panel, Person, SharingBasis } from '../../shared/domain/records.js';
import type { RiskLevelChange } from '../../shared/domain/riskLevels.js';
import type { Closure, DocUpdateRecord, IdentityProviderDoc, ItineraryDoc, OutboxEmail, SessionDoc, ThrottleDoc, UserDoc } from './records.js';

interface IndexSpec {
  fields: string[];
  unique?: boolean;
  /** Seconds after the date in the first field when the document may be removed. */
  expireAfterSeconds?: number;
}

/** A collection's indexes, typed with the record it holds (the record type exists for the compiler only). */
interface Declared<T extends { _id: string }> {
  indexes: IndexSpec[];
  record?: T;
}
const holding = <T extends { _id: string }>(...indexes: IndexSpec[]): Declared<T> => ({ indexes });

const COLLECTIONS = {
  users: holding<UserDoc>({ fields: ['username'], unique: true }, { fields: ['agencyId'] }),
  agencies: holding<Agency>({ fields: ['name'], unique: true }),
  panels: holding<Panel>({ fields: ['name'], unique: true }),
  people: holding<Person>({ fields: ['caseReference'], unique: true }, { fields: ['releaseDate'] }),
  meetings: holding<Meeting>({ fields: ['status'] }, { fields: ['startsAt'] }, { fields: ['panelId'] }),
  sessions: holding<SessionDoc>({ fields: ['expiresAt'], expireAfterSeconds: 0 }, { fields: ['userId'] }),
  // MongoDB's document log (mongoLog.ts); on the embedded store only records from before its LevelDB log, moved there at open.
  docUpdates: holding<DocUpdateRecord>({ fields: ['doc', 'seq'] }),
  actions: holding<TrackedAction>({ fields: ['agencyId'] }, { fields: ['meetingId'] }, { fields: ['status'] }),
  closures: holding<Closure>(),
  audit: holding<AuditEntry>({ fields: ['at'] }, { fields: ['userId'] }, { fields: ['targetId'] }, { fields: ['action'] }),
  accessRequests: holding<AccessRequest>({ fields: ['meetingId'] }),
  sharingBases: holding<SharingBasis>({ fields: ['fromPanelId'] }),
  emails: holding<OutboxEmail>({ fields: ['meetingId'] }, { fields: ['state'] }),
  signInThrottle: holding<ThrottleDoc>({ fields: ['expiresAt'], expireAfterSeconds: 0 }),
  identityProviders: holding<IdentityProviderDoc>({ fields: ['issuer'], unique: true }),
  notifications: holding<Notification>({ fields: ['userId', 'createdAt'] }, { fields: ['dedupeKey'], unique: true }),
  personEvents: holding<PersonEvent>({ fields: ['personId', 'at'] }),
  lateAdditions: holding<LateAddition>({ fields: ['meetingId'] }),
  releaseConfirmations: holding<ReleaseConfirmation>({ fields: ['personId', 'recordedAt'] }),
  itineraries: holding<ItineraryDoc>(),
  riskLevelChanges: holding<RiskLevelChange>({ fields: ['personId', 'at'] }),
  custodyEpisodes: holding<CustodyEpisode>({ fields: ['personId', 'startDate'] }),
  firstDaysChecks: holding<StoredFirstDaysCheck>({ fields: ['personId', 'releaseDate'] }),
};

export type CollectionName = keyof typeof COLLECTIONS;
/** The record type a collection holds. */
export type RecordOf<N extends CollectionName> = NonNullable<(typeof COLLECTIONS)[N]['record']>;

/** Indexes and unique constraints per collection, applied by every adapter. */
export const INDEXES = Object.fromEntries(Object.entries(COLLECTIONS).map(([name, declared]) => [name, declared.indexes])) as Record<
  CollectionName,
  IndexSpec[]
>;
