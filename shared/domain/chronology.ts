// A person's chronology (GET /api/people/:id/chronology): what happened, newest first, each entry only
// where the reader may see it.

export const CHRONOLOGY_KINDS = [
  { key: 'release', label: 'Release date and status' },
  { key: 'custody', label: 'Custody episodes and recalls' },
  { key: 'risk', label: 'Risk levels' },
  { key: 'meeting', label: 'Meetings' },
  { key: 'decision', label: 'Decisions' },
  { key: 'action', label: 'Actions' },
  { key: 'notification', label: 'Notifications' },
] as const;
export type ChronologyKind = (typeof CHRONOLOGY_KINDS)[number]['key'];

export interface ChronologyEntry {
  /** Unique within the chronology, e.g. `risk:<id>`. */
  id: string;
  kind: ChronologyKind;
  /** ISO date-time the entry happened. */
  at: string;
  /** Only the day of `at` is known (a custody episode's start or end): show no time. */
  dateOnly?: boolean;
  /** One line: "Risk to Public changed from Medium to High". */
  title: string;
  /** More detail: the reason, the rationale, the outcome. */
  detail?: string;
  /** Who did it (display name and agency), when known. */
  by?: string;
  /** The meeting it happened in, when any. */
  meeting?: { id: string; title: string };
  /** A path in the app, e.g. the meeting's minutes. */
  link?: string;
}

export interface Chronology {
  personId: string;
  entries: ChronologyEntry[];
}
