// Every write the room makes to actions and decisions, in one small module so that they can be routed through an
// offline queue (live/offlineQueue.ts: a write the server cannot receive is kept on this device and sent on reconnect): add, change and remove an action (REST: the server writes the document and audits it), and
// record or remove a decision.
import type { ActionInput, ActionPatch } from '../../../../shared/domain/schemas';
import { request } from '../../api';
import { deviceOwner } from '../../live/docStatus';
import { sendOrQueue, type QueuedWrite } from '../../live/offlineQueue';
import type { LiveAction } from '../../../../shared/domain/actions';

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;
const actionPath = (meetingId: string, actionId: string) => `${meetingPath(meetingId)}/actions/${encodeURIComponent(actionId)}`;

/** A write kept on this device because the server could not be reached: sent when the link is back (live/offlineQueue). */
interface QueuedResult {
  queued: true;
}

/** The write was kept on this device, not yet sent (ActionStatusSelect shows its status as waiting to be sent). */
export function isQueued(result: unknown): result is QueuedResult {
  return typeof result === 'object' && result !== null && (result as QueuedResult).queued === true;
}

/** Sends now, or (the server unreachable) keeps the write in order on this device; refusals are thrown as before. */
async function sendOrKeep<T>(meetingId: string, method: QueuedWrite['method'], path: string, body: unknown, label: string, fallback: () => T): Promise<T> {
  const userId = deviceOwner();
  if (!userId) return request<T>(path, { method, body });
  const outcome = await sendOrQueue<T>(userId, { meetingId, method, path, body, label });
  return outcome.queued ? fallback() : outcome.result;
}

/** What the room shows for an action added offline until the server has it (its id is not the server's). */
function queuedAction(input: ActionInput): LiveAction & QueuedResult {
  const { owner, pathway, ...rest } = input;
  return {
    ...rest,
    ...(owner ? { owner } : {}),
    ...(pathway ? { pathway } : {}),
    id: `queued-${crypto.randomUUID()}`,
    status: input.status ?? 'open',
    createdBy: deviceOwner() ?? '',
    createdAt: new Date().toISOString(),
    queued: true,
  };
}

export const actionWrites = {
  addAction: (meetingId: string, input: ActionInput) =>
    sendOrKeep<LiveAction>(meetingId, 'POST', `${meetingPath(meetingId)}/actions`, input, `Add action: ${input.text}`, () => queuedAction(input)),
  /** `what`: the change in words, for the user should the server refuse it once the link is back. */
  updateAction: (meetingId: string, actionId: string, patch: ActionPatch, what = 'Change an action') =>
    sendOrKeep<LiveAction>(meetingId, 'PATCH', actionPath(meetingId, actionId), patch, what, () => ({ id: actionId, ...patch, queued: true }) as unknown as LiveAction),
  /** Removes an action; the server keeps the reason in the audit. */
  removeAction: (meetingId: string, actionId: string, reason: string) =>
    sendOrKeep<{ id: string; removed: true }>(meetingId, 'DELETE', actionPath(meetingId, actionId), { reason }, 'Remove an action', () => ({ id: actionId, removed: true })),
  /** Removes a decision with no text and no rationale; the server keeps the reason in the audit. */
  removeDecision: (meetingId: string, decisionId: string, reason: string) =>
    sendOrKeep<{ id: string; removed: true }>(meetingId, 'DELETE', `${meetingPath(meetingId)}/decisions/${encodeURIComponent(decisionId)}`, { reason }, 'Remove a decision', () => ({
      id: decisionId,
      removed: true,
    })),
};
