// What this device holds that the server does not: the local copy of a document compared, field by field,
// with a fresh copy of the server's. Used when a meeting closed before the changes arrived, to offer them
// to the chair as a late addition in words a person can check. Pure (Yjs only).
import * as Y from 'yjs';
import { CASE } from '../../../shared/live/caseDoc';
import { DAY_OF_RELEASE, PATHWAYS, RISK_GROUPS, RISK_TEXT_FIELDS } from '../../../shared/live/caseFields';
import { rootFragment, rootMap } from '../../../shared/live/plain';
import { RESTRICTED, RESTRICTED_TEXT_FIELDS } from '../../../shared/live/restrictedDoc';
import { isNotesFragmentName, notesFragmentNames, SCOPED } from '../../../shared/live/scoped';

export interface UnsentItem {
  label: string;
  text: string;
}

/** The top-level types a participant writes (the server owns control, attendance, meta, item and the agenda). */
const WRITTEN_MAPS: string[] = [CASE.risk, CASE.pathways, CASE.dayOfRelease, SCOPED.actions, SCOPED.decisions, RESTRICTED.sections];

function plainText(value: unknown): string | null {
  if (value instanceof Y.Text) return value.toString();
  if (value instanceof Y.XmlFragment || value instanceof Y.XmlElement || value instanceof Y.XmlText) {
    // Paragraph and line ends become line breaks; every other tag goes.
    return value
      .toString()
      .replace(/<\/(paragraph|heading|listItem|p|li)>|<hardBreak\s*\/?>/g, '\n')
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .trim();
  }
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(String).join(', ');
  return null;
}

/** Every written value of a document as path → text ("risk.whoAtRisk", "actions.<id>.owner", "notes.<itemId>"). */
export function flattenDoc(doc: Y.Doc, noteNames: string[]): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (path: string, value: unknown) => {
    if (value instanceof Y.Map) {
      for (const [key, child] of value.entries()) walk(`${path}.${key}`, child);
      return;
    }
    if (value instanceof Y.Array) {
      const text = plainText(value.toArray());
      if (text !== null) out.set(path, text);
      return;
    }
    const text = plainText(value);
    if (text !== null) out.set(path, text);
  };
  for (const name of WRITTEN_MAPS) if (doc.share.has(name)) walk(name, rootMap(doc, name));
  for (const name of noteNames) if (doc.share.has(name)) walk(name, rootFragment(doc, name));
  return out;
}

const label = (list: readonly { key: string; label: string }[], key: string | undefined) => list.find((entry) => entry.key === key)?.label ?? key ?? '';
const FIELD_NAMES: Record<string, string> = { need: 'need', plan: 'plan', status: 'status', detail: 'detail', state: 'state' };

/** A field's path in words. */
export function fieldLabel(path: string): string {
  const [root, key, field] = path.split('.');
  if (root === CASE.risk && key === 'rosh') return `Risk of serious harm: ${label(RISK_GROUPS, field)}`;
  if (root === CASE.risk) return label(RISK_TEXT_FIELDS, key);
  if (root === CASE.pathways) return `${label(PATHWAYS, key)}: ${FIELD_NAMES[field ?? ''] ?? field}`;
  if (root === CASE.dayOfRelease) return `Day of release, ${label(DAY_OF_RELEASE, key)}: ${FIELD_NAMES[field ?? ''] ?? field}`;
  if (root === RESTRICTED.sections) return label(RESTRICTED_TEXT_FIELDS, key);
  if (isNotesFragmentName(path)) return 'Notes';
  return path;
}

/** What was added to `before` to make `after`, or the whole new text when something was also taken out. */
export function describeChange(before: string, after: string): string {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  const removed = before.length - prefix - suffix;
  const added = after.slice(prefix, after.length - suffix).trim();
  if (removed === 0 && added) return added;
  return after.trim() ? `Now reads: ${after.trim()}` : 'Cleared';
}

const ACTION_FIELDS: Record<string, string> = { text: 'Action', owner: 'Owner', agencyId: 'Agency', dueDate: 'Due', dueRelativeDays: 'Due (days from release)', status: 'Status', pathway: 'Pathway' };
const DECISION_FIELDS: Record<string, string> = { text: 'Decision', rationale: 'Rationale' };

/** The changes the local copy holds over the server's, one item per field (or per new action or decision). */
export function unsentItems(local: Y.Doc, server: Y.Doc): UnsentItem[] {
  const notes = notesFragmentNames(local);
  const mine = flattenDoc(local, notes);
  const theirs = flattenDoc(server, notes);
  const items: UnsentItem[] = [];
  const grouped = new Map<string, string[]>();
  for (const [path, value] of mine) {
    const before = theirs.get(path);
    if (before === value) continue;
    const [root, id, field] = path.split('.');
    if ((root === SCOPED.actions || root === SCOPED.decisions) && id && field) {
      const names = root === SCOPED.actions ? ACTION_FIELDS : DECISION_FIELDS;
      if (!(field in names) || !value.trim()) continue;
      const isNew = ![...theirs.keys()].some((p) => p.startsWith(`${root}.${id}.`));
      const key = `${root}.${id}.${isNew ? 'new' : 'changed'}`;
      grouped.set(key, [...(grouped.get(key) ?? []), `${names[field]}: ${isNew || before === undefined ? value : describeChange(before, value)}`]);
      continue;
    }
    if (before === undefined && !value.trim()) continue;
    items.push({ label: fieldLabel(path), text: before === undefined ? value : describeChange(before, value) });
  }
  for (const [key, lines] of grouped) {
    const [root, , kind] = key.split('.');
    const what = root === SCOPED.actions ? 'action' : 'decision';
    items.push({ label: kind === 'new' ? `New ${what}` : `Changed ${what}`, text: lines.join('\n') });
  }
  return items.filter((item) => item.text.trim());
}
