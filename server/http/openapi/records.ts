// Response schemas of the records the API returns (shared/domain/records.ts and the services), named as OpenAPI components.
import { z } from 'zod';
import { ACTION_STATUSES, agendaItemInput, CUSTODY_STATUSES, MEETING_STATUSES, MEETING_TYPES, personInput, ROLES } from '../../../shared/domain/schemas.js';
import { LIVE_ACTION_STATUSES } from '../../../shared/domain/actionStatus.js';

/** A schema with an id (zod's global registry, where .describe() also writes) becomes a components/schemas entry. */
function named<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  return schema.meta({ id, ...(description ? { description } : {}) });
}

const isoDateTime = z.string().meta({ format: 'date-time', description: 'ISO 8601 date-time' });
const isoDate = z.string().meta({ format: 'date', description: 'Calendar date, YYYY-MM-DD' });
const count = z.number().int().min(0);
const stamped = { _id: z.string(), createdAt: isoDateTime, updatedAt: isoDateTime.optional() };

export const errorBody = named(
  'Error',
  z.object({
    error: z.string().describe('A message that can be shown to the user'),
    details: z.record(z.string(), z.unknown()).optional(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional().describe('Invalid input: each field and what is wrong with it'),
  }),
  'Every refusal and error: { error, details?, fields? }',
);

/** One page of a list: `{ items, total, offset, limit }`, named `${id}Page`. */
export function page<T extends z.ZodType>(id: string, item: T) {
  return named(`${id}Page`, z.object({ items: z.array(item), total: count, offset: count, limit: count }));
}

/** `{ items }` without paging. */
export function itemsOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item) });
}

export const agency = named('Agency', z.object({ ...stamped, name: z.string(), shortName: z.string().optional(), contactEmail: z.string() }));

export const panel = named('Panel', z.object({ ...stamped, name: z.string(), type: z.enum(MEETING_TYPES), chairIds: z.array(z.string()).optional() }));

export const sharingBasis = named('SharingBasis', z.object({ ...stamped, fromPanelId: z.string(), toPanelId: z.string(), basis: z.string(), createdBy: z.string() }));

export const user = named(
  'User',
  z.object({
    _id: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().optional(),
    agencyId: z.string(),
    role: z.enum(ROLES),
    disabled: z.boolean().optional(),
    status: z.enum(['active', 'disabled']).optional().describe("Administrators' view only"),
    disabledAt: isoDateTime.optional().describe("Administrators' view only"),
  }),
  'A user as the API shows it: never the password hash',
);

export const person = named(
  'Person',
  z.object({ ...stamped, ...personInput.partial().shape, name: z.string(), caseReference: z.string(), custodyStatus: z.enum(CUSTODY_STATUSES) }),
  'A person (case)',
);

export const agendaItem = named(
  'AgendaItem',
  z.object({ ...agendaItemInput.shape, id: z.string(), takesPart: z.boolean().optional().describe('Whether this user takes part in the item') }),
);

export const guestInvite = named(
  'GuestInvite',
  z.object({
    userId: z.string(),
    itemIds: z.array(z.string()),
    canWrite: z.boolean(),
    window: z.object({ from: isoDateTime, to: isoDateTime }).optional(),
  }),
);

const meetingShape = {
  ...stamped,
  panelId: z.string(),
  title: z.string(),
  type: z.enum(MEETING_TYPES),
  startsAt: isoDateTime,
  chairId: z.string(),
  attendeeIds: z.array(z.string()),
  status: z.enum(MEETING_STATUSES),
  agenda: z.array(agendaItem),
  startedAt: isoDateTime.optional().describe('when the chair started it: the day it was actually held'),
  closedAt: isoDateTime.optional(),
  restrictedAgencyIds: z.array(z.string()).optional(),
  itemAccess: z.record(z.string(), z.object({ agencyIds: z.array(z.string()) })).optional(),
  restrictedAccess: z.record(z.string(), z.array(z.string())).optional(),
  guests: z.array(guestInvite).optional(),
};
export const meeting = named('Meeting', z.object(meetingShape), 'A meeting; access settings only for those who manage it');

export const meetingDetail = named(
  'MeetingDetail',
  z.object({ ...meetingShape, liveDocuments: z.array(z.object({ name: z.string(), kind: z.enum(['meeting', 'case', 'restricted']), personId: z.string().optional() })) }),
  'One meeting as this user may see it, with the live documents they may open',
);

export const liveAction = named(
  'LiveAction',
  z.object({
    id: z.string(),
    text: z.string(),
    agencyId: z.string(),
    owner: z.string().optional(),
    dueDate: isoDate.nullable().optional(),
    dueRelativeDays: z.number().int().nullable().optional(),
    personId: z.string().optional(),
    pathway: z.string().optional(),
    itemId: z.string().optional(),
    status: z.enum(LIVE_ACTION_STATUSES),
    createdBy: z.string(),
    createdAt: isoDateTime,
  }),
  'An action in a live meeting',
);

export const caseContext = named('CaseContext', z.object({ personId: z.string(), name: z.string(), caseReference: z.string(), releaseDate: isoDate.nullable() }));

const progressNote = z.object({ at: isoDateTime, by: z.string(), text: z.string() });
const actionItemShape = {
  id: z.string(),
  meetingId: z.string(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
  text: z.string(),
  owner: z.string().nullable(),
  dueDate: isoDate.nullable(),
  dueRelativeDays: z.number().int().nullable(),
  overdue: z.boolean(),
  status: z.enum(ACTION_STATUSES),
  pathway: z.string().nullable(),
  pathwayLabel: z.string().nullable(),
  case: caseContext.nullable(),
  progressNotes: z.array(progressNote),
};
export const agencyListLine = named('AgencyListLine', z.object(actionItemShape), "One line of an agency's action list");
export const trackedAction = named('TrackedAction', z.object({ ...actionItemShape, agencyId: z.string() }), 'An action tracked between meetings');

const recordAgency = z.object({ id: z.string(), name: z.string(), shortName: z.string().optional() });

export const agencyList = named(
  'AgencyList',
  z.object({
    meeting: z.object({ id: z.string(), title: z.string(), type: z.string(), startsAt: isoDateTime, heldOn: isoDateTime.describe('when it was actually held'), closedAt: isoDateTime, chairName: z.string() }),
    agency: recordAgency,
    attendees: z.array(z.object({ displayName: z.string(), agencyName: z.string() })),
    actions: z.array(agencyListLine),
    carriedOver: z.array(agencyListLine),
    decisions: z.array(z.object({ id: z.string(), text: z.string(), rationale: z.string(), case: caseContext.nullable() })),
    today: isoDate,
  }),
);

export const closedRecord = named(
  'ClosedRecord',
  z.object({
    meeting: z.object({ id: z.string(), title: z.string(), type: z.string(), panelId: z.string(), startsAt: isoDateTime, heldOn: isoDateTime.optional().describe('when it was actually held'), chairId: z.string(), chairName: z.string() }),
    closedAt: isoDateTime,
    closedBy: z.string(),
    agencies: z.array(recordAgency),
    people: z.array(caseContext),
    attendance: z.array(z.object({ userId: z.string(), displayName: z.string(), agencyId: z.string(), present: z.boolean(), itemIds: z.array(z.string()) })),
    agenda: z.array(
      z.object({ id: z.string(), title: z.string(), kind: z.enum(['case', 'standing']), personId: z.string().optional(), presenterAgencyId: z.string().optional(), notes: z.string() }),
    ),
    decisions: z.array(
      z.object({ id: z.string(), itemId: z.string().optional(), personId: z.string().optional(), text: z.string(), rationale: z.string(), agencyIds: z.array(z.string()) }),
    ),
    actions: z.array(liveAction.omit({ itemId: true }).extend({ liveId: z.string(), itemId: z.string().optional(), status: z.enum(ACTION_STATUSES) })),
    amendments: z
      .array(
        z.object({
          id: z.string(),
          personId: z.string().optional(),
          items: z.array(z.object({ label: z.string(), text: z.string() })),
          submittedBy: z.string(),
          submittedByName: z.string(),
          submittedAt: isoDateTime,
          acceptedBy: z.string(),
          acceptedByName: z.string(),
          acceptedAt: isoDateTime,
        }),
      )
      .optional()
      .describe('Late additions the chair accepted after the close, kept beside the frozen record'),
    reviewedActions: z
      .array(
        z.object({
          id: z.string(),
          fromMeetingId: z.string(),
          fromMeetingTitle: z.string(),
          text: z.string(),
          agencyId: z.string(),
          owner: z.string().optional(),
          personId: z.string().optional(),
          dueDate: isoDate.nullable(),
          status: z.enum(ACTION_STATUSES),
          changes: z.array(
            z.object({ at: isoDateTime, byName: z.string(), from: z.enum(ACTION_STATUSES).optional(), to: z.enum(ACTION_STATUSES).optional(), note: z.string().optional() }),
          ),
          panelDecision: z.object({ at: isoDateTime, byName: z.string(), outcome: z.enum(['close', 'reopen']), reason: z.string() }).optional(),
        }),
      )
      .optional()
      .describe("Earlier actions of the panel this meeting reviewed, with what it changed (status, progress notes, the panel's decisions)"),
  }),
  'The frozen record of a closed meeting, limited to the cases this user takes part in',
);

export const outboxEmail = named(
  'OutboxEmail',
  z.object({
    _id: z.string(),
    kind: z.literal('agency-list'),
    meetingId: z.string(),
    agencyId: z.string(),
    to: z.string(),
    state: z.enum(['queued', 'sending', 'sent', 'failed', 'not-configured']),
    attempts: count,
    retries: count,
    lastError: z.string().optional(),
    nextAttemptAt: isoDateTime,
    createdAt: isoDateTime,
    updatedAt: isoDateTime.optional(),
    sentAt: isoDateTime.optional(),
  }),
);

export const accessRequest = named(
  'AccessRequest',
  z.object({
    _id: z.string(),
    meetingId: z.string(),
    personId: z.string(),
    userId: z.string(),
    agencyId: z.string(),
    status: z.enum(['pending', 'granted', 'refused']),
    createdAt: isoDateTime,
    decidedAt: isoDateTime.optional(),
    decidedBy: z.string().optional(),
  }),
);

export const auditEntry = named(
  'AuditEntry',
  z.object({
    _id: z.string(),
    at: isoDateTime,
    userId: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string().optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
);

export const sessionSummary = named(
  'SessionSummary',
  z.object({
    handle: z.string().nullable(),
    signedInAt: isoDateTime.nullable(),
    lastSeenAt: isoDateTime.nullable(),
    expiresAt: isoDateTime,
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
  }),
);

export const identityProvider = named(
  'IdentityProvider',
  z.object({
    ...stamped,
    name: z.string(),
    agencyId: z.string(),
    issuer: z.string(),
    clientId: z.string(),
    agencyClaim: z.object({ name: z.string(), value: z.string() }).optional(),
    emailDomains: z.array(z.string()).optional(),
    createUsers: z.boolean(),
    enabled: z.boolean(),
    hasClientSecret: z.literal(true),
  }),
  'A registered identity provider; the client secret is write-only',
);

/** `{ user }`: the signed-in user. */
export const signedIn = named('SignedIn', z.object({ user }));
