// The first three days after release between meetings: the day-of-release items (bank account, benefits, GP,
// medication, probation and treatment appointments, ID, phone) as the person's latest meeting left them, with what the
// agencies on the case confirmed since on the person page, and the red flags the room's rules raise from them
// (shared/logic/firstDays.ts). A check reaches a live meeting's case document at once, and the next meeting's case
// document starts from it (documents/initialContent.ts). The reminder sweep asks noticesDue() once a day.
import * as Y from 'yjs';
import type { FirstDaysCheckInput, StoredFirstDaysCheck } from '../../shared/domain/firstDays.js';
import type { NotifyInput } from '../../shared/domain/notifications.js';
import type { Meeting, Person, PublicUser } from '../../shared/domain/records.js';
import { ukLongDate } from '../../shared/format.js';
import { caseDocName, readCase, setChecklistState, type CaseView, type DayOfReleaseKey } from '../../shared/live/layout.js';
import { addDays, isIsoDate } from '../../shared/logic/dueDates.js';
import type { FirstDaysView } from '../../shared/api/firstDays.js';
import { ago, firstDaysStatus, POST_RELEASE_WINDOW_DAYS, type FirstDaysStatus } from '../../shared/logic/firstDays.js';
import { reminderRecipients } from '../../shared/logic/reminders.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import { closedDocState } from '../documents/index.js';
import { Conflict } from '../errors.js';
import { authorize, can } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import type { LiveDocuments } from './liveDocuments.js';
import type { PersonService } from './people.js';

interface FirstDaysChecklistDeps {
  store: Store;
  people: PersonService;
  documents: LiveDocuments;
  audit: AuditService;
  now?: () => Date;
}

export function firstDaysChecklistService({ store, people, documents, audit, now = () => new Date() }: FirstDaysChecklistDeps) {
  const checks = store.collection('firstDaysChecks');
  const meetings = store.collection('meetings');
  const panels = store.collection('panels');
  const persons = store.collection('people');
  const confirmations = store.collection('releaseConfirmations');
  const users = store.collection('users');

  async function subjectOf(person: Person) {
    return { person, panels: person.panelIds?.length ? await panels.find({ _id: { $in: person.panelIds } }) : [] };
  }

  /** The person's latest meeting that has started (live) or closed, with its checklist and since when it holds. */
  async function latestChecklist(personId: string): Promise<{ meeting: Meeting | null; checklist: CaseView['dayOfRelease']; at: string | null }> {
    const about = await meetings.find({ 'agenda.personId': personId, status: { $in: ['live', 'closed'] } });
    const latest = about.sort((a, b) => (b.startedAt ?? b.startsAt).localeCompare(a.startedAt ?? a.startsAt))[0];
    if (!latest) return { meeting: null, checklist: {}, at: null };
    const name = caseDocName(latest._id, personId);
    if (latest.status === 'live') return { meeting: latest, checklist: await documents.read(name, (doc) => readCase(doc).dayOfRelease), at: latest.startedAt ?? latest.startsAt };
    const state = await closedDocState(store, name);
    let checklist: CaseView['dayOfRelease'] = {};
    if (state) {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      checklist = readCase(doc).dayOfRelease;
      doc.destroy();
    }
    return { meeting: latest, checklist, at: latest.closedAt ?? latest.startsAt };
  }

  async function statusOf(person: Person, today: string): Promise<FirstDaysStatus & { meeting: Meeting | null }> {
    const release = isIsoDate(person.releaseDate) ? person.releaseDate : null;
    const [{ meeting, checklist, at }, recorded, [confirmation]] = await Promise.all([
      latestChecklist(person._id),
      release ? checks.find({ personId: person._id, releaseDate: release }) : Promise.resolve([]),
      release ? confirmations.find({ personId: person._id, releaseDate: release }, { sort: { recordedAt: -1 }, limit: 1 }) : Promise.resolve([]),
    ]);
    const status = firstDaysStatus({ releaseDate: release, releaseConfirmation: confirmation ?? null, meetingChecklist: checklist, meetingAt: at, checks: recorded, todayIso: today });
    return { ...status, meeting };
  }

  async function viewFor(user: PublicUser, person: Person): Promise<FirstDaysView> {
    const subject = await subjectOf(person);
    authorize(user, 'first-days:read', subject);
    const { meeting, ...status } = await statusOf(person, ukToday(now()));
    return { ...status, personId: person._id, canCheck: can(user, 'first-days:check', subject), meeting: meeting ? { id: meeting._id, title: meeting.title } : null };
  }

  return {
    async viewFor(user: PublicUser, personId: string): Promise<FirstDaysView> {
      return viewFor(user, await people.getFor(user, personId));
    },

    /** Records one item's state for the current release date; a live meeting about the person shows it at once. */
    async check(user: PublicUser, personId: string, key: DayOfReleaseKey, input: FirstDaysCheckInput): Promise<FirstDaysView> {
      const person = await people.getFor(user, personId);
      authorize(user, 'first-days:check', await subjectOf(person));
      if (!isIsoDate(person.releaseDate)) throw new Conflict('This person has no release date: the day-of-release items are for the days after it');
      const at = now().toISOString();
      const stored: StoredFirstDaysCheck = {
        _id: `${person._id}:${person.releaseDate}:${key}`,
        personId: person._id,
        releaseDate: person.releaseDate,
        key,
        state: input.state,
        by: user._id,
        byName: user.displayName,
        agencyId: user.agencyId,
        at,
      };
      const { _id, ...fields } = stored;
      await checks.updateOne({ _id }, { $set: fields }, { upsert: true });
      await audit.record(user._id, 'person.first-days-check', 'person', person._id, { key, state: input.state, releaseDate: person.releaseDate });
      const live = await meetings.find({ status: 'live', 'agenda.personId': person._id });
      for (const meeting of live) {
        // A meeting closing at this moment keeps what it had: the check stays on the person and starts the next one.
        await documents.change(caseDocName(meeting._id, person._id), (doc) => setChecklistState(doc, key, input.state)).catch((err: unknown) => {
          if (!(err instanceof Conflict)) throw err;
        });
      }
      return viewFor(user, person);
    },

    /**
     * For the reminder sweep: one notice per person released 1 to 3 days before `today` whose day-of-release items are
     * still open, to the lead practitioner (when they have an account in the lead agency) or else the lead agency's
     * members who act on cases. Keyed by person and release date, so each release is noticed once however often it runs.
     */
    async noticesDue(today: string): Promise<NotifyInput[]> {
      const released = await persons.find({ releaseDate: { $gte: addDays(today, -POST_RELEASE_WINDOW_DAYS), $lte: addDays(today, -1) } });
      const notices: NotifyInput[] = [];
      for (const person of released) {
        if (!person.leadAgencyId) continue;
        const { flags, items, daysSinceRelease } = await statusOf(person, today);
        if (!flags.some((flag) => flag.code === 'day-of-release-unresolved')) continue;
        const userIds = reminderRecipients(person.leadPractitioner, await users.find({ agencyId: person.leadAgencyId }));
        if (userIds.length === 0) continue;
        const open = items.filter((item) => item.state === 'unresolved').map((item) => item.label);
        notices.push({
          userIds,
          kind: 'first-days',
          // No personal data in the title (it is the e-mail subject); the body names the case by its reference only.
          title: 'Day-of-release items still open after a release',
          body: `Case ${person.caseReference} was released ${ago(daysSinceRelease ?? 0)} (release date ${ukLongDate(person.releaseDate!)}). Still not confirmed: ${open.join(', ')}. Confirm each one, or mark it not needed, on the person's page in Roundtable.`,
          link: `/people/${person._id}`,
          personId: person._id,
          dedupeKey: `first-days:${person._id}:${person.releaseDate}`,
        });
      }
      return notices;
    },
  };
}

