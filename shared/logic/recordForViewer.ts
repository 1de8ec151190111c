import type { ClosedRecord } from '../domain/closedRecord.js';
// The frozen record of a closed meeting as one viewer may see it: only the cases (people) they may read. Pure,
// so the minutes in every format are filtered the same way before they are rendered.

/**
 * Keeps standing items and the items, people, notes, decisions and actions of the readable cases. A decision or
 * action is dropped when it names an unreadable person or was recorded under an unreadable case's item.
 */
export function recordForViewer(record: ClosedRecord, readablePersonIds: ReadonlySet<string>): ClosedRecord {
  const hiddenItems = new Set(record.agenda.filter((item) => item.personId && !readablePersonIds.has(item.personId)).map((item) => item.id));
  const visible = (entry: { personId?: string; itemId?: string }) =>
    (!entry.personId || readablePersonIds.has(entry.personId)) && (!entry.itemId || !hiddenItems.has(entry.itemId));
  return {
    ...record,
    people: record.people.filter((person) => readablePersonIds.has(person.personId)),
    attendance: record.attendance.map((attendee) => ({ ...attendee, itemIds: attendee.itemIds.filter((id) => !hiddenItems.has(id)) })),
    agenda: record.agenda.filter((item) => !hiddenItems.has(item.id)),
    decisions: record.decisions.filter(visible),
    actions: record.actions.filter(visible),
    ...(record.amendments ? { amendments: record.amendments.filter(visible) } : {}),
    ...(record.reviewedActions ? { reviewedActions: record.reviewedActions.filter(visible) } : {}),
  };
}
