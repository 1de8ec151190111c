// Indexes and unique constraints, declared once and applied by every adapter.
export interface IndexSpec {
  fields: string[];
  unique?: boolean;
  /** Seconds after the date in the first field when the document may be removed. */
  expireAfterSeconds?: number;
}

export const INDEXES: Record<string, IndexSpec[]> = {
  users: [{ fields: ['username'], unique: true }, { fields: ['agencyId'] }],
  agencies: [{ fields: ['name'], unique: true }],
  panels: [{ fields: ['name'], unique: true }],
  people: [{ fields: ['caseReference'], unique: true }, { fields: ['releaseDate'] }],
  meetings: [{ fields: ['status'] }, { fields: ['startsAt'] }, { fields: ['panelId'] }],
  sessions: [{ fields: ['expiresAt'], expireAfterSeconds: 0 }, { fields: ['userId'] }],
  docUpdates: [{ fields: ['doc'] }],
  actions: [{ fields: ['agencyId'] }, { fields: ['meetingId'] }, { fields: ['status'] }],
  closures: [],
  audit: [{ fields: ['at'] }, { fields: ['userId'] }, { fields: ['targetId'] }, { fields: ['action'] }],
  accessRequests: [{ fields: ['meetingId'] }],
  sharingBases: [{ fields: ['fromPanelId'] }],
  emails: [{ fields: ['meetingId'] }, { fields: ['state'] }],
  signInThrottle: [{ fields: ['expiresAt'], expireAfterSeconds: 0 }],
  identityProviders: [{ fields: ['issuer'], unique: true }],
};
