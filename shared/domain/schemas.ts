// Record schemas shared by the server (validation, OpenAPI) and the client (types).
// Create schemas are `strict`: an unknown field is an error that names the field.
import { LIVE_ACTION_STATUSES } from './actionStatus.js';
import { z } from 'zod';
import { PATHWAYS, type PathwayKey } from '../live/caseFields.js';

export const ROLES = ['admin', 'chair', 'member', 'minute-taker', 'observer', 'guest'] as const;
export const MEETING_TYPES = ['IOM', 'MAPPA', 'complex-needs', 'release-panel', 'professionals'] as const;
export const MEETING_STATUSES = ['scheduled', 'live', 'closed'] as const;
/**
 * Where the person is in their sentence. 'in-custody' (before these were split) is read and accepted as
 * 'sentenced': see currentCustodyStatus.
 */
export const CUSTODY_STATUSES = [
  'remand',
  'sentenced',
  'recalled',
  'unlawfully-at-large',
  'on-licence',
  'on-hdc',
  'post-sentence',
  'community-order',
  'diversion',
] as const;
/** Where the person will live (or lives) on release. CAS: Community Accommodation Service tiers 1 to 3. */
export const ACCOMMODATION_TYPES = [
  'no-fixed-abode',
  'approved-premises',
  'cas1',
  'cas2',
  'cas3',
  'hostel',
  'family-or-friends',
  'own-tenancy',
  'other',
] as const;
export const GENDERS = ['female', 'male', 'non-binary', 'other', 'not-known'] as const;
export const RISK_LEVELS = ['low', 'medium', 'high', 'very-high'] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'blocked', 'not-done', 'could-not-be-done'] as const;

export type Role = (typeof ROLES)[number];
export type MeetingType = (typeof MEETING_TYPES)[number];
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export type CustodyStatus = (typeof CUSTODY_STATUSES)[number];

const id = z.string().min(1).max(64);
const name = z.string().trim().min(1).max(200);
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

export const agencyInput = z.strictObject({
  name,
  shortName: z.string().trim().min(1).max(40).optional(),
  contactEmail: z.email(),
});
export const agencyPatch = agencyInput.partial();

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;
/**
 * A password being set. Length only here (the client shares this file); the server also refuses common and
 * breached passwords (server/auth/passwordPolicy.ts) wherever a password is set.
 */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `must be at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `must be at most ${PASSWORD_MAX_LENGTH} characters`);

export const userInput = z.strictObject({
  username: z.string().trim().min(2).max(60).regex(/^[a-z0-9._-]+$/, 'use lower-case letters, digits, dot, dash or underscore'),
  displayName: name,
  email: z.email().optional(),
  agencyId: id,
  role: z.enum(ROLES),
  password: newPassword,
});
export const userPatch = userInput.omit({ username: true }).partial();

const oneOf = (what: string, values: readonly string[]) => ({ error: `${what} must be one of: ${values.join(', ')}` });
const personDate = isoDate.nullable().optional();
/** Probation case reference number: a letter and 6 digits, e.g. X123456. */
export const CRN_PATTERN = /^[A-Z]\d{6}$/;
/** Prison number: a letter, 4 digits and 2 letters, e.g. A1234BC. */
export const PRISON_NUMBER_PATTERN = /^[A-Z]\d{4}[A-Z]{2}$/;
/** Police National Computer number: year (2 or 4 digits), a slash, up to 7 digits and a check letter, e.g. 2001/0123456A. */
export const PNC_PATTERN = /^(\d{2}|\d{4})\/\d{1,7}[A-Z]$/;

export const personInput = z.strictObject({
  name,
  dateOfBirth: isoDate.optional(),
  gender: z.enum(GENDERS, oneOf('Gender', GENDERS)).nullable().optional(),
  ethnicity: z.string().trim().max(120).nullable().optional(),
  caseReference: z.string().trim().min(1).max(40),
  crn: z.string().trim().toUpperCase().regex(CRN_PATTERN, 'CRN must be a letter followed by 6 digits, like X123456').nullable().optional(),
  prisonNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(PRISON_NUMBER_PATTERN, 'Prison number must be a letter, 4 digits and 2 letters, like A1234BC')
    .nullable()
    .optional(),
  pncNumber: z.string().trim().toUpperCase().regex(PNC_PATTERN, 'PNC number must be like 2001/0123456A').nullable().optional(),
  /** ViSOR reference: only where the person is managed under MAPPA. */
  visorReference: z.string().trim().min(1).max(40).nullable().optional(),
  custodyStatus: z.enum(CUSTODY_STATUSES, oneOf('Custody status', CUSTODY_STATUSES)),
  prison: z.string().trim().max(120).optional(),
  sentenceExpiryDate: personDate,
  licenceExpiryDate: personDate,
  conditionalReleaseDate: personDate,
  hdcEligibilityDate: personDate,
  paroleEligibilityDate: personDate,
  releaseDate: personDate,
  releaseAddress: z.string().trim().max(500).nullable().optional(),
  accommodationType: z.enum(ACCOMMODATION_TYPES, oneOf('Accommodation type', ACCOMMODATION_TYPES)).nullable().optional(),
  mappaCategory: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'MAPPA category must be 1, 2 or 3' }).nullable().optional(),
  mappaLevel: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'MAPPA level must be 1, 2 or 3' }).nullable().optional(),
  iomCohort: z.enum(['fixed', 'flex', 'free']).nullable().optional(),
  /** The single point of contact for the case. */
  leadPractitioner: z.string().trim().max(120).optional(),
  leadAgencyId: id.optional(),
  coverContact: z.string().trim().max(120).optional(),
  communicationNeeds: z.string().trim().max(2000).optional(),
  diversityNeeds: z.string().trim().max(2000).optional(),
  ownViews: z.string().trim().max(4000).optional(),
  /** Agencies working with the person: their members see the person's record. */
  caseTeamAgencyIds: z.array(id).max(50).optional(),
  /** Panels the person is on: their chairs may change identity, custody, release and MAPPA fields. */
  panelIds: z.array(id).max(20).optional(),
});
export const personPatch = personInput.partial();

/** A stored or submitted custody status as it reads today: the old 'in-custody' is 'sentenced'. */
export function currentCustodyStatus<T extends { custodyStatus?: unknown }>(record: T): T {
  return record && typeof record === 'object' && record.custodyStatus === 'in-custody' ? { ...record, custodyStatus: 'sentenced' } : record;
}

export const VISOR_NEEDS_MAPPA = 'A ViSOR reference needs a MAPPA category';

/** Rules across fields of a whole person record (after a change is applied): field name and message. */
export function personRecordProblems(person: Partial<PersonInput>): { field: keyof PersonInput; message: string }[] {
  const problems: { field: keyof PersonInput; message: string }[] = [];
  if (person.visorReference && !person.mappaCategory) problems.push({ field: 'visorReference', message: VISOR_NEEDS_MAPPA });
  return problems;
}

export const agendaItemInput = z.strictObject({
  title: name,
  kind: z.enum(['case', 'standing']),
  personId: id.optional(),
  presenterAgencyId: id.optional(),
  timeboxMinutes: z.number().int().min(1).max(240).optional(),
});

export const meetingInput = z.strictObject({
  panelId: id,
  title: name,
  type: z.enum(MEETING_TYPES),
  startsAt: isoDateTime,
  chairId: id,
  attendeeIds: z.array(id).max(100).default([]),
  agenda: z.array(agendaItemInput).max(100).optional(),
});
export const meetingPatch = z.strictObject({
  title: name.optional(),
  startsAt: isoDateTime.optional(),
  attendeeIds: z.array(id).max(100).optional(),
});

export const panelInput = z.strictObject({
  name,
  type: z.enum(MEETING_TYPES),
  chairIds: z.array(id).max(20).optional(),
});
export const panelPatch = panelInput.partial();

export const sharingBasisInput = z.strictObject({
  fromPanelId: id,
  toPanelId: id,
  basis: z.string().trim().min(10, 'say on what basis the information is shared (at least 10 characters)').max(1000),
});

const PATHWAY_KEYS = PATHWAYS.map((p) => p.key) as [PathwayKey, ...PathwayKey[]];

/** An action added in the room (or over REST while the meeting runs). */
export const actionInput = z.strictObject({
  text: z.string().trim().min(1).max(2000),
  agencyId: id,
  owner: z.string().trim().max(120).nullable().optional(),
  dueDate: isoDate.nullable().optional(),
  /** Days relative to the person's release: negative before, positive after. */
  dueRelativeDays: z.number().int().min(-365).max(365).nullable().optional(),
  personId: id.optional(),
  pathway: z.enum(PATHWAY_KEYS).nullable().optional(),
  itemId: id.optional(),
  status: z.enum(LIVE_ACTION_STATUSES).optional(),
});
export const actionPatch = actionInput.partial().refine((patch) => Object.keys(patch).length > 0, { message: 'nothing to change' });

/** Why an action, or an empty decision, of a live meeting is removed: kept in the audit. */
export const removalInput = z.strictObject({
  reason: z
    .string({ error: 'Enter why it is being removed' })
    .trim()
    .min(1, 'Enter why it is being removed')
    .max(500, 'The reason must be 500 characters or fewer'),
});

export const loginInput = z.strictObject({
  username: z.string().min(1).max(100),
  password: z.string().min(1).max(200),
});

export type AgencyInput = z.infer<typeof agencyInput>;
export type UserInput = z.infer<typeof userInput>;
export type PersonInput = z.infer<typeof personInput>;
export type MeetingInput = z.infer<typeof meetingInput>;
export type AgendaItemInput = z.infer<typeof agendaItemInput>;
export type PanelInput = z.infer<typeof panelInput>;
export type SharingBasisInput = z.infer<typeof sharingBasisInput>;
export type ActionInput = z.infer<typeof actionInput>;
export type ActionPatch = z.infer<typeof actionPatch>;

/** The second step of signing in: the authenticator app's code, or one recovery code. */
export const mfaCodeInput = z
  .strictObject({
    code: z.string().trim().min(1, 'Enter the 6-digit code').max(20).optional(),
    recoveryCode: z.string().trim().min(1, 'Enter a recovery code').max(40).optional(),
  })
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), { message: 'send either code or recoveryCode', path: ['code'] });

/** Confirms a TOTP enrolment with the first code the app shows. */
export const mfaEnrolmentInput = z.strictObject({ code: z.string().trim().min(1, 'Enter the 6-digit code').max(20) });

/** An agency's OpenID Connect identity provider, as an administrator registers it. */
export const identityProviderInput = z
  .strictObject({
    name: z.string().trim().min(1).max(80),
    agencyId: id,
    issuer: z.url({ protocol: /^https?$/ }).max(500),
    clientId: z.string().trim().min(1).max(200),
    clientSecret: z.string().min(1).max(500),
    /** Who belongs to the agency: a claim with a value, or e-mail domains (either or both). */
    agencyClaim: z.strictObject({ name: z.string().trim().min(1).max(100), value: z.string().trim().min(1).max(200) }).optional(),
    emailDomains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, 'must be a domain such as police.example.gov.uk')).max(20).optional(),
    /** Whether a first sign-in with no matching account creates one (as a member). */
    createUsers: z.boolean().default(false),
    enabled: z.boolean().default(true),
  })
  .refine((body) => body.agencyClaim || body.emailDomains?.length, { message: 'give agencyClaim or emailDomains, so users can be mapped to the agency', path: ['agencyClaim'] });
export const identityProviderPatch = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  clientSecret: z.string().min(1).max(500).optional(),
  createUsers: z.boolean().optional(),
  enabled: z.boolean().optional(),
});
export type IdentityProviderInput = z.infer<typeof identityProviderInput>;
