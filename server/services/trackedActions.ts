// Actions between meetings: "our open actions", status and progress notes (audited), overdue
// flags, and the agenda proposed for a panel's next meeting.
import type { AgendaItemInput, ActionStatus } from '../../shared/domain/schemas.js';
import { ACTION_STATUSES } from '../../shared/domain/schemas.js';
import type { PublicUser } from '../../shared/domain/records.js';
import { authorize, can } from '../policy/index.js';
import { toAgencyListLine } from '../../shared/logic/agencyList.js';
import { addDays } from '../../shared/logic/dueDates.js';
import { ukToday } from '../../shared/logic/ukToday.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import { caseContexts } from './agencyLists.js';
import { Forbidden, Invalid, NotFound } from '../errors.js';
import type { DomainEventBus } from './events.js';
import type { PageRequest } from './records.js';
import { ukDate } from '../../shared/format.js';
import type { TrackedAction } from '../../shared/domain/actions.js';
import type { ProposedAgenda, TrackedActionPatch, TrackedActionView } from '../../shared/api/trackedActions.js';
import { OPEN_ACTION_STATUSES } from '../../shared/domain/actionStatus.js';

export const RELEASE_HORIZON_DAYS = 12 * 7;

/** Fields of a tracked action its chair, owning agency or author may correct between meetings (audited). */
const TRACKED_EDIT_FIELDS = ['text', 'agencyId', 'owner', 'dueDate', 'pathway'] as const;

export interface TrackedActionFilter {
  agencyId?: string;
  /** Exact statuses, or 'outstanding' for every status that is still open. */
  status?: (ActionStatus | 'outstanding')[];
  overdue?: boolean;
  meetingId?: string;
  personId?: string;
}


export function trackedActionService(store: Store, audit: AuditService, events: DomainEventBus) {
  const actions = store.collection('actions');
  const meetings = store.collection('meetings');

  async function items(found: TrackedAction[]): Promise<TrackedActionView[]> {
    const today = ukToday();
    const contexts = await caseContexts(store, found.map((a) => a.personId));
    return found.map((a) => ({ ...toAgencyListLine(a, (a.personId && contexts.get(a.personId)) || null, today), agencyId: a.agencyId }));
  }

  async function subjectOf(action: TrackedAction) {
    return { action, meeting: await meetings.findOne({ _id: action.meetingId }) };
  }

  /** Own agency's actions, those the user added, and every action of the meetings the user chairs. */
  async function visibleFilter(user: PublicUser): Promise<Record<string, unknown>> {
    const chaired = await meetings.find({ chairId: user._id });
    return {
      $or: [{ agencyId: user.agencyId }, { createdBy: user._id }, ...(chaired.length ? [{ meetingId: { $in: chaired.map((m) => m._id) } }] : [])],
    };
  }

  return {
    async list(user: PublicUser, filter: TrackedActionFilter, page: PageRequest) {
      if (user.role === 'guest' || user.disabled) throw new Forbidden('Guests see actions only within their meeting');
      const query: Record<string, unknown> = await visibleFilter(user);
      if (filter.agencyId) query.agencyId = filter.agencyId;
      if (filter.agencyId && filter.agencyId !== user.agencyId && !(await meetings.count({ chairId: user._id }))) throw new Forbidden("You can only see your own agency's actions");
      if (filter.meetingId) query.meetingId = filter.meetingId;
      if (filter.personId) query.personId = filter.personId;
      const statuses = new Set<ActionStatus>();
      for (const s of filter.status ?? []) for (const one of s === 'outstanding' ? OPEN_ACTION_STATUSES : [s]) statuses.add(one);
      if (filter.overdue) {
        const open = OPEN_ACTION_STATUSES.filter((s) => statuses.size === 0 || statuses.has(s));
        query.status = { $in: open };
        query.dueDate = { $lt: ukToday() };
      } else if (statuses.size) query.status = { $in: [...statuses] };
      const offset = page.offset ?? 0;
      const limit = Math.min(page.limit ?? 50, 200);
      const [found, total] = await Promise.all([actions.find(query, { sort: { dueDate: 1, _id: 1 }, skip: offset, limit }), actions.count(query)]);
      return { items: await items(found), total, offset, limit };
    },

    async get(user: PublicUser, id: string): Promise<TrackedActionView> {
      const action = await actions.findOne({ _id: id });
      if (!action) throw new NotFound('Action');
      authorize(user, 'tracked-action:read', await subjectOf(action));
      return (await items([action]))[0];
    },

    async update(user: PublicUser, id: string, patch: TrackedActionPatch): Promise<TrackedActionView> {
      const action = await actions.findOne({ _id: id });
      if (!action) throw new NotFound('Action');
      const subject = await subjectOf(action);
      const edited = TRACKED_EDIT_FIELDS.filter((field) => patch[field] !== undefined);
      if ((patch.status !== undefined || patch.progressNote !== undefined) && !can(user, 'tracked-action:update', subject))
        throw new Forbidden("Only the owning agency or the meeting's chair can update this action");
      if (edited.length > 0 && !can(user, 'tracked-action:edit', subject))
        throw new Forbidden("Only the chair, the owning agency or the action's author can change this action");
      if (patch.agencyId !== undefined && !(await store.collection('agencies').findOne({ _id: patch.agencyId })))
        throw new Invalid('Invalid agencyId: no such agency');
      const at = new Date().toISOString();
      const set: Record<string, unknown> = { updatedAt: at };
      const unset: Record<string, true> = {};
      if (patch.status) set.status = patch.status;
      for (const field of edited) {
        const value = patch[field];
        if (value === null || value === '') {
          if (field === 'dueDate') set.dueDate = null;
          else unset[field] = true;
        } else set[field] = value;
      }
      // A date set between meetings replaces one that was relative to release.
      if (patch.dueDate !== undefined) unset.dueRelativeDays = true;
      const base = Object.keys(unset).length ? { $set: set, $unset: unset } : { $set: set };
      const update = patch.progressNote
        ? { ...base, $push: { progressNotes: { at, by: user._id, byName: user.displayName, text: patch.progressNote, ...(patch.status ? { status: patch.status } : {}) } } }
        : base;
      const updated = (await actions.findOneAndUpdate({ _id: id }, update))!;
      await audit.record(user._id, 'action.update', 'action', id, {
        ...(patch.status ? { from: action.status, to: patch.status } : {}),
        progressNote: !!patch.progressNote,
        ...(edited.length ? { fields: edited } : {}),
        ...(patch.agencyId !== undefined && patch.agencyId !== action.agencyId ? { fromAgencyId: action.agencyId, toAgencyId: patch.agencyId } : {}),
      });
      events.emit('actions:changed', action.meetingId);
      return (await items([updated]))[0];
    },

    /**
     * The next meeting's agenda: review of previous actions, one item per person with open actions
     * from this panel's meetings or a release within twelve weeks (soonest release first), then AOB.
     */
    async proposedAgenda(user: PublicUser, panelId: string, today = ukToday()): Promise<ProposedAgenda> {
      const panel = await store.collection('panels').findOne({ _id: panelId });
      if (!panel) throw new NotFound('Panel');
      authorize(user, 'panel:plan', { panel });
      const open = await actions.find({ panelId, status: { $in: [...OPEN_ACTION_STATUSES] } });
      const openByPerson = new Map<string, number>();
      for (const a of open) if (a.personId) openByPerson.set(a.personId, (openByPerson.get(a.personId) ?? 0) + 1);
      const releasing = await store
        .collection('people')
        .find({ panelIds: panelId, releaseDate: { $gte: today, $lte: addDays(today, RELEASE_HORIZON_DAYS) } });
      const others = await store.collection('people').find({ _id: { $in: [...openByPerson.keys()].filter((id) => !releasing.some((p) => p._id === id)) } });
      const cases = [...releasing, ...others]
        .map((p) => ({
          personId: p._id,
          name: p.name,
          caseReference: p.caseReference,
          releaseDate: p.releaseDate ?? null,
          openActions: openByPerson.get(p._id) ?? 0,
          reasons: [
            ...(p.releaseDate && p.releaseDate >= today && p.releaseDate <= addDays(today, RELEASE_HORIZON_DAYS) ? ['release within 12 weeks'] : []),
            ...(openByPerson.has(p._id) ? ['open actions'] : []),
          ],
          leadAgencyId: p.leadAgencyId,
        }))
        .sort((a, b) => (a.releaseDate ?? '9999').localeCompare(b.releaseDate ?? '9999') || a.name.localeCompare(b.name));
      const agenda: AgendaItemInput[] = [
        { title: 'Review of previous actions', kind: 'standing', timeboxMinutes: 15 },
        ...cases.map((c) => ({
          title: `${c.name}: ${c.releaseDate ? `release ${ukDate(c.releaseDate)}` : 'open actions'}`,
          kind: 'case' as const,
          personId: c.personId,
          ...(c.leadAgencyId ? { presenterAgencyId: c.leadAgencyId } : {}),
          timeboxMinutes: 15,
        })),
        { title: 'Any other business', kind: 'standing', timeboxMinutes: 5 },
      ];
      return { panelId, agenda, cases: cases.map(({ leadAgencyId: _lead, ...c }) => c), openActionCount: open.length };
    },
  };
}
export type TrackedActionService = ReturnType<typeof trackedActionService>;

export function parseStatusList(value: unknown): TrackedActionFilter['status'] {
  if (typeof value !== 'string' || value === '') return undefined;
  const allowed = new Set<string>([...ACTION_STATUSES, 'outstanding']);
  const list = value.split(',').map((s) => s.trim());
  const bad = list.find((s) => !allowed.has(s));
  if (bad) throw new Invalid(`Invalid status: use ${[...allowed].join(', ')}`);
  return list as TrackedActionFilter['status'];
}
