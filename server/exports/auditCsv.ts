// CSV export of audit entries: UTF-8 with a BOM, one header row, one row per entry, safe against formula injection.
import { stringify } from 'csv-stringify/sync';
import type { AuditEntry } from '../services/audit.js';
import { neutraliseCell } from './csv.js';

export const AUDIT_CSV_COLUMNS = [
  { key: 'at', header: 'Time' },
  { key: 'userId', header: 'User id' },
  { key: 'user', header: 'User' },
  { key: 'action', header: 'Action' },
  { key: 'targetType', header: 'Target type' },
  { key: 'targetId', header: 'Target id' },
  { key: 'details', header: 'Details' },
] as const;

/** `names` maps user ids to the display names shown beside them. */
export function auditCsv(entries: AuditEntry[], names: ReadonlyMap<string, string>): Buffer {
  const rows = entries.map((entry) => {
    const cells: Record<(typeof AUDIT_CSV_COLUMNS)[number]['key'], string> = {
      at: entry.at,
      userId: entry.userId ?? '',
      user: entry.userId ? (names.get(entry.userId) ?? '') : '',
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId ?? '',
      details: entry.details ? JSON.stringify(entry.details) : '',
    };
    return Object.fromEntries(Object.entries(cells).map(([key, value]) => [key, neutraliseCell(value)]));
  });
  const text = stringify(rows, { bom: true, header: true, columns: AUDIT_CSV_COLUMNS.map(({ key, header }) => ({ key, header })) });
  return Buffer.from(text, 'utf8');
}
