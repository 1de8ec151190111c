// The e-mail that carries an agency's list: a short summary in the body (case references, not
// names), the full list as the PDF attachment.
import type { AgencyActionItem } from '../../shared/logic/agencyActions.js';
import { agencyListPdf } from '../exports/agencyListPdf.js';
import { ukDate, ukDateTime } from '../exports/format.js';
import { PROTECTIVE_MARKING } from '../exports/pdf.js';
import type { AgencyActionsService } from '../services/agencyActions.js';
import type { OutboxEmail } from './outbox.js';
import type { ComposedMessage } from './worker.js';

export function pdfFileName(agencyName: string, meetingStartsAt: string): string {
  const slug = agencyName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `actions-${slug}-${meetingStartsAt.slice(0, 10)}.pdf`;
}

function line(a: AgencyActionItem): string {
  const due = a.dueDate ? `due ${ukDate(a.dueDate)}${a.overdue ? ' (OVERDUE)' : ''}` : 'no due date';
  return `- ${a.case ? `[${a.case.caseReference}] ` : ''}${a.text} (${due}${a.owner ? `, owner ${a.owner}` : ''})`;
}

export function agencyListComposer(agencyActions: AgencyActionsService, publicUrl: string) {
  return async (email: OutboxEmail): Promise<ComposedMessage> => {
    const list = await agencyActions.build(email.meetingId, email.agencyId);
    const overdue = [...list.actions, ...list.carriedOver].filter((a) => a.overdue).length;
    const text = [
      PROTECTIVE_MARKING,
      '',
      `Actions for ${list.agency.name} from "${list.meeting.title}" (${ukDateTime(list.meeting.startsAt)}), closed ${ukDateTime(list.meeting.closedAt)}.`,
      '',
      `${list.actions.length} new action${list.actions.length === 1 ? '' : 's'} from this meeting, ${list.carriedOver.length} still open from earlier meetings, ${overdue} overdue, ${list.decisions.length} decision${list.decisions.length === 1 ? '' : 's'} binding your agency.`,
      '',
      ...list.actions.map(line),
      ...(list.carriedOver.length ? ['', 'Carried over:', ...list.carriedOver.map(line)] : []),
      '',
      'The attached PDF has the full list with case context and decisions.',
      `Update progress in Roundtable: ${publicUrl}/actions`,
      '',
      PROTECTIVE_MARKING,
    ].join('\n');
    return {
      subject: `${PROTECTIVE_MARKING}: actions for ${list.agency.name} from ${list.meeting.title} (${ukDate(list.meeting.startsAt)})`,
      text,
      attachments: [{ filename: pdfFileName(list.agency.name, list.meeting.startsAt), content: await agencyListPdf(list), contentType: 'application/pdf' }],
    };
  };
}
