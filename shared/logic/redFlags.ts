// Red flags of one case: the gaps the panel must see before it moves on. Pure, so the room,
// the close and the exports compute the same list from the same documents.
import { ukLongDate } from '../format.js';
import { ukToday } from './ukToday.js';
import type * as Y from 'yjs';
import { DAY_OF_RELEASE, PATHWAYS, readActions, readCase, type ActionFields, type CaseView, type DayOfReleaseKey, type PathwayKey } from '../live/layout.js';
import { daysBetween, isIsoDate, resolveDueDate, toIsoDate } from './dueDates.js';

export const ACCOMMODATION_WINDOW_DAYS = 14;
export const DAY_OF_RELEASE_WINDOW_DAYS = 7;

export type RedFlagCode = 'no-first-night-accommodation' | 'unowned-need' | 'overdue-action' | 'day-of-release-unresolved';
export type RedFlagSeverity = 'high' | 'medium';

export interface RedFlag {
  code: RedFlagCode;
  severity: RedFlagSeverity;
  message: string;
  pathway?: PathwayKey;
  actionId?: string;
  checklistKeys?: DayOfReleaseKey[];
}

export interface RedFlagInput {
  /** With an id, only actions linked to this person count towards its pathways. */
  person: { id?: string; releaseDate?: string | null };
  caseView: CaseView;
  actions: ActionFields[];
  today: Date | string;
}

const isOpen = (action: ActionFields) => action.status !== 'done';

function inDays(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? 'in 1 day' : `in ${days} days`;
}

export function computeRedFlags({ person, caseView, actions, today }: RedFlagInput): RedFlag[] {
  // A moment is taken as the UK calendar date it falls on, the same on server and client.
  const todayIso = typeof today === 'string' ? toIsoDate(today) : ukToday(today);
  const release = isIsoDate(person.releaseDate) ? person.releaseDate : null;
  const daysToRelease = release ? daysBetween(todayIso, release) : null;
  const ownActions = person.id ? actions.filter((action) => action.personId === person.id) : actions;
  const flags: RedFlag[] = [];

  if (daysToRelease !== null && daysToRelease >= 0 && daysToRelease <= ACCOMMODATION_WINDOW_DAYS) {
    if (caseView.dayOfRelease.firstNightAccommodation?.state !== 'confirmed')
      flags.push({
        code: 'no-first-night-accommodation',
        severity: 'high',
        message: `Release ${inDays(daysToRelease)} with no confirmed accommodation for the first night`,
      });
  }

  for (const { key, label } of PATHWAYS) {
    if (caseView.pathways[key]?.status !== 'need') continue;
    if (ownActions.some((action) => action.pathway === key && isOpen(action))) continue;
    flags.push({ code: 'unowned-need', severity: 'medium', pathway: key, message: `${label}: a need is identified but no open action addresses it` });
  }

  for (const action of ownActions) {
    const due = resolveDueDate(action, release);
    if (!due || !isOpen(action) || due >= todayIso) continue;
    const late = daysBetween(due, todayIso);
    flags.push({
      code: 'overdue-action',
      severity: 'high',
      actionId: action.id,
      message: `Overdue by ${late} day${late === 1 ? '' : 's'} (due ${ukLongDate(due)}): ${action.text}`,
    });
  }

  if (daysToRelease !== null && daysToRelease >= 0 && daysToRelease <= DAY_OF_RELEASE_WINDOW_DAYS) {
    const unresolved = DAY_OF_RELEASE.filter(({ key }) => (caseView.dayOfRelease[key]?.state ?? 'unresolved') === 'unresolved');
    if (unresolved.length > 0)
      flags.push({
        code: 'day-of-release-unresolved',
        severity: 'high',
        checklistKeys: unresolved.map(({ key }) => key),
        message: `Release ${inDays(daysToRelease)}; day-of-release items still unresolved: ${unresolved.map(({ label }) => label).join(', ')}`,
      });
  }
  return flags;
}

/** The red flags of one case from its case document alone: the document holds the case's actions too. */
export function caseDocRedFlags(doc: Y.Doc, person: RedFlagInput['person'], today: Date | string): RedFlag[] {
  return computeRedFlags({ person, caseView: readCase(doc), actions: readActions(doc), today });
}
