// An agency's action list as a PDF for printing and filing.
import { ukDate, ukDateTime } from '../../shared/format.js';
import { actionStatusLabel } from '../../shared/domain/actionStatus.js';
import { heading, paragraph, renderPdf, table, type TableColumn } from './pdf.js';
import type { AgencyListLine } from '../../shared/domain/actions.js';
import type { AgencyList } from '../../shared/domain/closedRecord.js';

const COLUMNS: TableColumn<AgencyListLine>[] = [
  { header: 'Action', width: 145, cell: (a) => a.text },
  { header: 'Case', width: 95, cell: (a) => (a.case ? `${a.case.name}\n${a.case.caseReference}${a.case.releaseDate ? `\nRelease ${ukDate(a.case.releaseDate)}` : ''}` : '') },
  { header: 'Owner', width: 65, cell: (a) => a.owner ?? 'Not named' },
  { header: 'Due', width: 60, cell: (a) => (a.dueDate ? `${ukDate(a.dueDate)}${a.overdue ? '\nOVERDUE' : ''}` : 'No date') },
  { header: 'Status', width: 55, cell: (a) => actionStatusLabel(a.status) },
  { header: 'Pathway', width: 75, cell: (a) => a.pathwayLabel ?? '' },
];

export function agencyListPdf(list: AgencyList): Promise<Buffer> {
  const title = `Actions for ${list.agency.name}: ${list.meeting.title}`;
  return renderPdf(title, (doc) => {
    paragraph(doc, `Actions for ${list.agency.name}`, { bold: true, size: 16 });
    paragraph(doc, list.meeting.title, { size: 12 });
    doc.moveDown(0.4);
    paragraph(doc, `Meeting: ${list.meeting.type}, held ${ukDateTime(list.meeting.heldOn)}. Chair: ${list.meeting.chairName}.`);
    paragraph(doc, `Closed: ${ukDateTime(list.meeting.closedAt)}.`);
    paragraph(doc, `Present: ${list.attendees.map((a) => `${a.displayName} (${a.agencyName})`).join(', ') || 'not recorded'}.`);

    heading(doc, `Actions from this meeting (${list.actions.length})`);
    if (list.actions.length) table(doc, COLUMNS, list.actions);
    else paragraph(doc, 'No actions for this agency from this meeting.');

    heading(doc, `Open actions carried over from earlier meetings (${list.carriedOver.length})`);
    if (list.carriedOver.length)
      table(doc, [...COLUMNS.slice(0, 5), { header: 'Meeting', width: 75, cell: (a) => ukDate(a.meetingDate) }], list.carriedOver);
    else paragraph(doc, 'None.');

    heading(doc, `Decisions that bind ${list.agency.name} (${list.decisions.length})`);
    if (!list.decisions.length) paragraph(doc, 'None.');
    for (const decision of list.decisions) {
      paragraph(doc, `${decision.case ? `${decision.case.name} (${decision.case.caseReference}): ` : ''}${decision.text}`, { bold: true });
      if (decision.rationale) paragraph(doc, `Rationale: ${decision.rationale}`);
      doc.moveDown(0.3);
    }
  });
}
