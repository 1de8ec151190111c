// Labels as UK readers expect them in exports. Dates are plain formatting in shared/format.ts; they are re-exported
// here only for server/mail/agencyListMessage.ts until it imports shared/format.js itself.
export { ukDate, ukDateTime } from '../../shared/format.js';

export function statusLabel(status: string): string {
  const labels: Record<string, string> = {
    open: 'Open',
    'in-progress': 'In progress',
    done: 'Done',
    blocked: 'Blocked',
    'not-done': 'Not done',
    'could-not-be-done': 'Could not be done (change in circumstance)',
  };
  return labels[status] ?? status;
}
