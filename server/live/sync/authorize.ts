// May this user open this document, may they write to it, and may they control the meeting (move the agenda)?
// The document-access service asks the policy (the same answer the REST routes about live documents get).
import type { Meeting, PublicUser } from '../../../shared/domain/records.js';
import type { DocAccess } from '../../auth/docAccess.js';
import { can } from '../../policy/index.js';
import type { Services } from '../../services/index.js';
import { CLOSE, type CloseReason } from './closeCodes.js';

export type Authorization = { access: DocAccess; meeting: Meeting; canControl: boolean } | { access: null; refusal: CloseReason };

export async function authorize({ documentAccess }: Pick<Services, 'documentAccess'>, user: PublicUser, docName: string): Promise<Authorization> {
  const { meeting, decision } = await documentAccess.decide(user, docName);
  if (decision.access) return { access: decision.access, meeting: meeting!, canControl: can(user, 'meeting:manage', { meeting: meeting! }) };
  const unknown = decision.reason === 'unknown-document' || decision.reason === 'not-on-agenda' || decision.reason === 'wrong-meeting';
  return { access: null, refusal: unknown ? CLOSE.unknownDocument : CLOSE.forbidden };
}
