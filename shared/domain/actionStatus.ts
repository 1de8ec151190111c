// Action statuses in words, and which of them are open: one definition for the room, the pages, the exports, the
// e-mails and the server's queries.
import type { ActionStatus } from './schemas.js';

/** Statuses a live action takes in the meeting (the others are set when reviewing it between meetings). */
export const LIVE_ACTION_STATUSES = ['open', 'in-progress', 'done', 'blocked'] as const satisfies readonly ActionStatus[];

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  'not-done': 'Not done',
  'could-not-be-done': 'Could not be done: change in circumstance',
};

/** The label of a status; an unknown value (from an older record) is shown as it is. */
export function actionStatusLabel(status: string): string {
  return (ACTION_STATUS_LABELS as Record<string, string>)[status] ?? status;
}

/** The label as words inside a sentence ("now in progress"). */
export function actionStatusWords(status: string): string {
  const label = actionStatusLabel(status);
  return label.charAt(0).toLowerCase() + label.slice(1);
}

/**
 * Open: still to be done, so it stays on its agency's list, carries over to the next meeting, can be overdue and owns
 * a need. Done is not open; nor is "could not be done", which waits for the panel to decide what follows.
 */
export const OPEN_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in-progress', 'blocked', 'not-done'];

export function isOpenStatus(status: ActionStatus): boolean {
  return OPEN_ACTION_STATUSES.includes(status);
}
