// The e-mail that carries an agency's list: a short summary in the body (case references, not
// names), the full list as the PDF attachment.
import { agencyListPdf } from '../exports/agencyListPdf.js';
import { ukDate, ukDateTime } from '../../shared/format.js';
import { PROTECTIVE_MARKING } from '../exports/pdf.js';
import type { AgencyListService } from '../services/agencyLists.js';
import type { ComposedMessage } from './worker.js';
import type { AgencyListLine } from '../../shared/domain/actions.js';
import type { AgencyListEmail } from '../store/records.js';

export function pdfFileName(agencyName: string, meetingStartsAt: string): string {
  const slug = agencyName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `actions-${slug}-${meetingStartsAt.slice(0, 10)}.pdf`;
}

function line(a: AgencyListLine): string {
  const due = a.dueDate ? `due ${ukDate(a.dueDate)}${a.overdue ? ' (OVERDUE)' : ''}` : 'no due date';
  return `- ${a.case ? `[${a.case.caseReference}] ` : ''}${a.text} (${due}${a.owner ? `, owner ${a.owner}` : ''})`;
}

export function agencyListComposer(agencyLists: AgencyListService, publicUrl: string) {
  return async (email: AgencyListEmail): Promise<ComposedMessage> => {
    const list = await agencyLists.build(email.meetingId, email.agencyId);
    const overdue = [...list.actions, ...list.carriedOver].filter((a) => a.overdue).length;
    const text = [
      PROTECTIVE_MARKING,
      '',
      `Actions for ${list.agency.name} from "${list.meeting.title}" (held ${ukDateTime(list.meeting.heldOn)}), closed ${ukDateTime(list.meeting.closedAt)}.`,
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
      subject: `${PROTECTIVE_MARKING}: actions for ${list.agency.name} from ${list.meeting.title} (${ukDate(list.meeting.heldOn)})`,
      text,
      attachments: [{ filename: pdfFileName(list.agency.name, list.meeting.startsAt), content: await agencyListPdf(list), contentType: 'application/pdf' }],
    };
  };
}
