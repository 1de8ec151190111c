// Reminders to action owners: a sweep finds open tracked actions due within N days and those now overdue
// (shared/logic/reminders.ts decides which) and tells each owner through the notification centre, in the app and by
// e-mail. The same sweep tells the lead agency once about a release whose first days still have open day-of-release
// items (services/firstDaysChecklist.ts). The notification centre keeps one notification per dedupe key and user, and the keys carry the action and
// its due date, so a reminder is sent once however often the sweep runs and across restarts.
import type { NotifyInput } from '../../shared/domain/notifications.js';
import { ukDate } from '../../shared/format.js';
import { addDays } from '../../shared/logic/dueDates.js';
import { reminderRecipients, remindersDue, type OwnerCandidate } from '../../shared/logic/reminders.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/port.js';
import { OPEN_ACTION_STATUSES } from '../../shared/domain/actionStatus.js';

export interface ReminderSettings {
  /** How often to sweep; 0 turns the scheduler off. */
  intervalMs: number;
  /** Remind this many days before the due date (today included). */
  daysBefore: number;
  /** Tests only: the UK date the sweeps take as today. */
  today?: string;
}

export interface ReminderDeps {
  store: Store;
  /** The notification centre's notify(): `created` counts users told for the first time under the key. */
  notify: (input: NotifyInput) => Promise<{ created: number }>;
  /** Notices for releases whose first days still have open day-of-release items (firstDaysChecklist.noticesDue). */
  firstDaysNotices?: (today: string) => Promise<NotifyInput[]>;
  logger?: Logger;
}

export interface SweepResult {
  before: number;
  overdue: number;
  /** Releases 1 to 3 days ago with day-of-release items still open (each noticed once, to the lead agency). */
  firstDays: number;
  /** Reminders handed to the notification centre (repeats of earlier ones add nothing there). */
  notified: number;
  /** Users told for the first time in this sweep. */
  sent: number;
  /** Reminders that failed this time (tried again at the next sweep). */
  failed: number;
}

export function reminderService({ store, notify, firstDaysNotices, logger }: ReminderDeps) {
  const actions = store.collection('actions');
  const users = store.collection('users');
  const people = store.collection('people');

  /** One sweep: every reminder due on `today`. Safe to repeat: nothing is sent twice. */
  async function sweep(today: string = ukToday(), daysBefore = 2): Promise<SweepResult> {
    const candidates = await actions.find({ status: { $in: [...OPEN_ACTION_STATUSES] }, dueDate: { $lte: addDays(today, Math.max(0, daysBefore)) } });
    const due = remindersDue(candidates, today, daysBefore);
    const result: SweepResult = { before: 0, overdue: 0, firstDays: 0, notified: 0, sent: 0, failed: 0 };
    const agencyUsers = new Map<string, OwnerCandidate[]>();
    const caseRefs = new Map<string, string>();
    for (const { action, kind, dedupeKey } of due) {
      result[kind]++;
      if (!agencyUsers.has(action.agencyId)) agencyUsers.set(action.agencyId, await users.find({ agencyId: action.agencyId }));
      const userIds = reminderRecipients(action.owner, agencyUsers.get(action.agencyId)!);
      if (userIds.length === 0) continue;
      if (action.personId && !caseRefs.has(action.personId)) caseRefs.set(action.personId, (await people.findOne({ _id: action.personId }))?.caseReference ?? '');
      const caseRef = action.personId ? caseRefs.get(action.personId) : '';
      const dueOn = ukDate(action.dueDate);
      // No personal data in the title (it is the e-mail subject); the body names a case only by its reference.
      const where = `${caseRef ? `for case ${caseRef}, ` : ''}agreed at ${action.meetingTitle}`;
      await send(result, {
        userIds,
        kind: kind === 'before' ? 'action-reminder' : 'action-overdue',
        title: kind === 'before' ? `Action due ${dueOn}` : `Action overdue: it was due ${dueOn}`,
        body:
          kind === 'before'
            ? `An action your agency owns (${where}) is due on ${dueOn}. Update its status or add a progress note in Roundtable.`
            : `An action your agency owns (${where}) was due on ${dueOn} and is still open. Update its status or add a progress note in Roundtable.`,
        link: `/actions/${encodeURIComponent(action._id)}`,
        ...(action.personId ? { personId: action.personId } : {}),
        dedupeKey,
      });
    }
    for (const notice of firstDaysNotices ? await firstDaysNotices(today) : []) {
      result.firstDays++;
      await send(result, notice);
    }
    return result;
  }

  /** Hands one reminder to the notification centre, counting it; a failure is counted and retried at the next sweep. */
  async function send(result: SweepResult, input: NotifyInput): Promise<void> {
    try {
      const { created } = await notify(input);
      result.notified++;
      result.sent += created;
    } catch (err) {
      // One reminder's failure (say, the store refused a write) does not hold back the others.
      result.failed++;
      logger?.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'a reminder could not be sent');
    }
  }

  return {
    sweep,
    /** Sweeps now and then every intervalMs (never two at once); returns stop(), which waits for a running sweep. */
    start(settings: ReminderSettings): { stop(): Promise<void> } {
      if (!(settings.intervalMs > 0)) return { stop: async () => {} };
      let running: Promise<void> | null = null;
      let stopped = false;
      const run = () => {
        if (running || stopped) return;
        running = sweep(settings.today ?? ukToday(), settings.daysBefore)
          .then((result) => {
            // Counts only: never who or which case.
            if (result.sent > 0 || result.failed > 0) logger?.info({ ...result }, 'reminder sweep');
            else logger?.debug({ ...result }, 'reminder sweep');
          })
          .catch((err: unknown) => logger?.error({ err: { name: (err as Error).name, message: (err as Error).message } }, 'reminder sweep failed'))
          .finally(() => {
            running = null;
          });
      };
      const timer = setInterval(run, settings.intervalMs);
      timer.unref();
      run();
      return {
        async stop() {
          stopped = true;
          clearInterval(timer);
          await running;
        },
      };
    },
  };
}
