// CSV export of an agency's action list: UTF-8 with a BOM (so spreadsheets read it as UTF-8),
// one header row, one row per action, safe against spreadsheet formula injection.
import { stringify } from 'csv-stringify/sync';
import type { AgencyListLine } from '../../shared/domain/actions.js';
import type { AgencyList } from '../../shared/domain/closedRecord.js';

export const CSV_COLUMNS = [
  { key: 'id', header: 'Action id' },
  { key: 'text', header: 'Action' },
  { key: 'owner', header: 'Owner' },
  { key: 'dueDate', header: 'Due date' },
  { key: 'overdue', header: 'Overdue' },
  { key: 'status', header: 'Status' },
  { key: 'person', header: 'Person' },
  { key: 'caseReference', header: 'Case reference' },
  { key: 'releaseDate', header: 'Release date' },
  { key: 'pathway', header: 'Pathway' },
  { key: 'meeting', header: 'Meeting' },
  { key: 'meetingDate', header: 'Meeting date' },
  { key: 'source', header: 'From' },
] as const;

/**
 * Starts a spreadsheet reads as a formula (OWASP CSV injection): = + - @ (also full-width ＝ ＋ － ＠, which
 * some spreadsheets fold to ASCII), after any leading whitespace or NULs; and a cell opening with a tab, a
 * carriage return, a line feed or a NUL.
 */
const FORMULA_START = /^[\s\0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n\0]/u;

/** A cell a spreadsheet would evaluate as a formula gets a leading quote, so it stays text. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function row(item: AgencyListLine, source: string): Record<string, string> {
  const cells: Record<(typeof CSV_COLUMNS)[number]['key'], string> = {
    id: item.id,
    text: item.text,
    owner: item.owner ?? '',
    dueDate: item.dueDate ?? '',
    overdue: item.overdue ? 'yes' : 'no',
    status: item.status,
    person: item.case?.name ?? '',
    caseReference: item.case?.caseReference ?? '',
    releaseDate: item.case?.releaseDate ?? '',
    pathway: item.pathwayLabel ?? '',
    meeting: item.meetingTitle,
    meetingDate: item.meetingDate,
    source,
  };
  return Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, neutraliseCell(value)]));
}

export function agencyListCsv(list: AgencyList): Buffer {
  const rows = [...list.actions.map((a) => row(a, 'this meeting')), ...list.carriedOver.map((a) => row(a, 'carried over'))];
  const text = stringify(rows, { bom: true, header: true, columns: CSV_COLUMNS.map(({ key, header }) => ({ key, header })) });
  return Buffer.from(text, 'utf8');
}
