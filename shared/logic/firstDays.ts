// The first three days after release: the window for bank account, benefits, GP, medication, probation and
// treatment appointments, ID and phone. Pure, so the room, the close and the exports flag the same gaps.
import { ukLongDate } from '../format.js';
import type { CaseView } from '../live/caseDoc.js';
import { DAY_OF_RELEASE, type CheckState, type DayOfReleaseKey } from '../live/caseFields.js';
import type { ReleaseOutcome } from '../domain/firstDays.js';
import { daysBetween, isIsoDate } from './dueDates.js';

/** Days after release (release day is day 0) during which the items below still raise a red flag. */
export const POST_RELEASE_WINDOW_DAYS = 3;

/** The day-of-release items that decide the first days out (met at the gate and the first night are past by then). */
export const POST_RELEASE_ITEMS: readonly DayOfReleaseKey[] = [
  'bankAccount',
  'benefitsClaim',
  'gpRegistration',
  'medication',
  'probationAppointment',
  'treatmentAppointment',
  'identification',
  'phone',
];

export interface FirstDaysFlag {
  code: 'day-of-release-unresolved' | 'release-did-not-happen';
  severity: 'high';
  message: string;
  checklistKeys?: DayOfReleaseKey[];
}

export interface FirstDaysInput {
  releaseDate?: string | null;
  /** The lead agency's latest confirmation of what happened; it counts only for the release date it answered. */
  releaseConfirmation?: { outcome: ReleaseOutcome; releaseDate: string } | null;
  caseView: Pick<CaseView, 'dayOfRelease'>;
  /** Today as a UK calendar date (YYYY-MM-DD). */
  todayIso: string;
}

/** "1 day ago", "3 days ago". */
export const ago = (days: number) => (days === 1 ? '1 day ago' : `${days} days ago`);

/** Red flags for days 1 to 3 after release (release day itself is flagged with the days before it). */
export function firstDaysFlags({ releaseDate, releaseConfirmation, caseView, todayIso }: FirstDaysInput): FirstDaysFlag[] {
  if (!isIsoDate(releaseDate)) return [];
  const since = daysBetween(releaseDate, todayIso);
  if (since < 0) return [];
  if (releaseConfirmation?.outcome === 'not-released' && releaseConfirmation.releaseDate === releaseDate) {
    return [
      {
        code: 'release-did-not-happen',
        severity: 'high',
        message: `Release did not happen on ${ukLongDate(releaseDate)}: record the new release date so every agency knows`,
      },
    ];
  }
  if (since < 1 || since > POST_RELEASE_WINDOW_DAYS) return [];
  const unresolved = DAY_OF_RELEASE.filter(
    ({ key }) => POST_RELEASE_ITEMS.includes(key) && (caseView.dayOfRelease[key]?.state ?? 'unresolved') === 'unresolved',
  );
  if (unresolved.length === 0) return [];
  return [
    {
      code: 'day-of-release-unresolved',
      severity: 'high',
      checklistKeys: unresolved.map(({ key }) => key),
      message: `Released ${ago(since)}; day-of-release items still unresolved: ${unresolved.map(({ label }) => label).join(', ')}`,
    },
  ];
}

/** A day-of-release item confirmed (or found not needed, or reopened) between meetings, for one release date. */
export interface FirstDaysCheck {
  key: DayOfReleaseKey;
  state: CheckState;
  byName: string;
  at: string;
}

export interface FirstDaysItem {
  key: DayOfReleaseKey;
  label: string;
  state: CheckState;
  /** Set when the state was recorded between meetings. */
  recordedBy?: string;
  recordedAt?: string;
}

/** The first days after release between meetings, as the person page shows them and the reminder sweep reads them. */
export interface FirstDaysStatus {
  releaseDate: string | null;
  /** Whole days since the release date (release day is 0); null without a release date. */
  daysSinceRelease: number | null;
  /** Release day to day 3 after it: the window the person page shows the items in. */
  inWindow: boolean;
  items: FirstDaysItem[];
  flags: FirstDaysFlag[];
}

interface FirstDaysStatusInput {
  releaseDate?: string | null;
  releaseConfirmation?: FirstDaysInput['releaseConfirmation'];
  /** The checklist as the person's latest meeting holds it (empty when there was none). */
  meetingChecklist: CaseView['dayOfRelease'];
  /** When that meeting's checklist was last the truth (it started, or closed); null without a meeting. */
  meetingAt: string | null;
  /** Checks recorded between meetings for the current release date; only those after meetingAt count. */
  checks: FirstDaysCheck[];
  todayIso: string;
}

/**
 * The day-of-release items that decide the first days out, as the latest meeting left them with the checks recorded
 * since on top (a later check of the same item wins), and the red flags the same rules as the room raise from them.
 */
export function firstDaysStatus({ releaseDate, releaseConfirmation, meetingChecklist, meetingAt, checks, todayIso }: FirstDaysStatusInput): FirstDaysStatus {
  const release = isIsoDate(releaseDate) ? releaseDate : null;
  const since = release ? daysBetween(release, todayIso) : null;
  const latest = new Map<DayOfReleaseKey, FirstDaysCheck>();
  for (const check of [...checks].sort((a, b) => a.at.localeCompare(b.at))) if (!meetingAt || check.at > meetingAt) latest.set(check.key, check);
  const items: FirstDaysItem[] = DAY_OF_RELEASE.filter(({ key }) => POST_RELEASE_ITEMS.includes(key)).map(({ key, label }) => {
    const check = latest.get(key);
    if (check) return { key, label, state: check.state, recordedBy: check.byName, recordedAt: check.at };
    return { key, label, state: meetingChecklist[key]?.state ?? 'unresolved' };
  });
  const dayOfRelease: CaseView['dayOfRelease'] = Object.fromEntries(items.map((item) => [item.key, { state: item.state, detail: '' }]));
  return {
    releaseDate: release,
    daysSinceRelease: since,
    inWindow: since !== null && since >= 0 && since <= POST_RELEASE_WINDOW_DAYS,
    items,
    flags: firstDaysFlags({ releaseDate: release, releaseConfirmation, caseView: { dayOfRelease }, todayIso }),
  };
}
