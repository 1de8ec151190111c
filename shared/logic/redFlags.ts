// Red flags of one case: the gaps the panel must see before it moves on. Pure, so the room,
// the close and the exports compute the same list from the same documents.
import { ukLongDate } from '../format.js';
import { ukToday } from './ukToday.js';
import type * as Y from 'yjs';
import { readCase, type CaseView } from '../live/caseDoc.js';
import { DAY_OF_RELEASE, PATHWAYS, type DayOfReleaseKey, type PathwayKey } from '../live/caseFields.js';
import { readLiveActions } from '../live/scoped.js';
import { daysBetween, isIsoDate, resolveDueDate, toIsoDate } from './dueDates.js';
import { firstDaysFlags, type FirstDaysInput } from './firstDays.js';
import { isOpenStatus } from '../domain/actionStatus.js';
import type { ActionStatus } from '../domain/schemas.js';
import type { LiveAction } from '../domain/actions.js';

export const ACCOMMODATION_WINDOW_DAYS = 14;
export const DAY_OF_RELEASE_WINDOW_DAYS = 7;

export type RedFlagCode = 'no-first-night-accommodation' | 'unowned-need' | 'overdue-action' | 'day-of-release-unresolved' | 'release-did-not-happen';
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
  person: { id?: string; releaseDate?: string | null; releaseConfirmation?: FirstDaysInput['releaseConfirmation'] };
  caseView: CaseView;
  actions: LiveAction[];
  today: Date | string;
  /** The person's tracked actions from the panel's earlier meetings (in review here): open ones own needs and can be overdue. */
  trackedActions?: TrackedActionForFlags[];
}

/** A tracked action from an earlier meeting, as the red flags read it (its due date was resolved at that close). */
export interface TrackedActionForFlags {
  id: string;
  text: string;
  personId?: string | null;
  pathway?: string | null;
  dueDate: string | null;
  status: ActionStatus;
  meetingTitle?: string;
}

function inDays(days: number): string {
  if (days === 0) return 'today';
  return days === 1 ? 'in 1 day' : `in ${days} days`;
}

export function computeRedFlags({ person, caseView, actions, today, trackedActions }: RedFlagInput): RedFlag[] {
  // A moment is taken as the UK calendar date it falls on, the same on server and client.
  const todayIso = typeof today === 'string' ? toIsoDate(today) : ukToday(today);
  const release = isIsoDate(person.releaseDate) ? person.releaseDate : null;
  const daysToRelease = release ? daysBetween(todayIso, release) : null;
  const ownActions = person.id ? actions.filter((action) => action.personId === person.id) : actions;
  const carried = (trackedActions ?? []).filter((action) => isOpenStatus(action.status) && (!person.id || action.personId === person.id));
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
    if (ownActions.some((action) => action.pathway === key && isOpenStatus(action.status))) continue;
    if (carried.some((action) => action.pathway === key)) continue;
    flags.push({ code: 'unowned-need', severity: 'medium', pathway: key, message: `${label}: a need is identified but no open action addresses it` });
  }

  for (const action of ownActions) {
    const due = resolveDueDate(action, release);
    if (!due || !isOpenStatus(action.status) || due >= todayIso) continue;
    const late = daysBetween(due, todayIso);
    flags.push({
      code: 'overdue-action',
      severity: 'high',
      actionId: action.id,
      message: `Overdue by ${late} day${late === 1 ? '' : 's'} (due ${ukLongDate(due)}): ${action.text}`,
    });
  }
  for (const action of carried) {
    if (!isIsoDate(action.dueDate) || action.dueDate >= todayIso) continue;
    const late = daysBetween(action.dueDate, todayIso);
    const from = action.meetingTitle ? `, from ${action.meetingTitle}` : ' from an earlier meeting';
    flags.push({
      code: 'overdue-action',
      severity: 'high',
      actionId: action.id,
      message: `Overdue by ${late} day${late === 1 ? '' : 's'} (due ${ukLongDate(action.dueDate)}${from}): ${action.text}`,
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
  // Days 1 to 3 after release, and a release that did not happen.
  flags.push(...firstDaysFlags({ releaseDate: release, releaseConfirmation: person.releaseConfirmation, caseView, todayIso }));
  return flags;
}

/** The red flags of one case from its case document alone: the document holds the case's actions too. */
export function caseDocRedFlags(doc: Y.Doc, person: RedFlagInput['person'], today: Date | string, trackedActions?: TrackedActionForFlags[]): RedFlag[] {
  return computeRedFlags({ person, caseView: readCase(doc), actions: readLiveActions(doc), today, trackedActions });
}
