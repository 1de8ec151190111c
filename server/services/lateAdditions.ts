// Late additions: what a participant's device held, unsent, when the meeting closed. The participant sends
// it to the chair; the chair accepts it (an amendment appended beside the closure record, which itself never
// changes) or declines it. Every step is audited; the policy decides who may do each.
import { randomUUID } from 'node:crypto';
import type { LateAddition, LateAdditionDecision, LateAdditionInput, RecordAmendment } from '../../shared/domain/lateAdditions.js';
import type { PublicUser } from '../../shared/domain/records.js';
import { Conflict, NotFound } from '../errors.js';
import { authorize, can } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import type { MeetingService } from './meetings.js';

export interface LateAdditionDeps {
  store: Store;
  meetings: MeetingService;
  audit: AuditService;
}

export function lateAdditionService({ store, meetings, audit }: LateAdditionDeps) {
  const additions = store.collection('lateAdditions');
  const closures = store.collection('closures');

  async function closedMeeting(user: PublicUser, meetingId: string) {
    const meeting = await meetings.load(meetingId);
    // Someone not invited learns nothing about the meeting's late additions.
    authorize(user, 'meeting:read', { meeting });
    if (meeting.status !== 'closed') throw new Conflict('The meeting is still open: your changes are sent as you type');
    return meeting;
  }

  return {
    async submit(user: PublicUser, meetingId: string, input: LateAdditionInput): Promise<LateAddition> {
      const meeting = await closedMeeting(user, meetingId);
      const personId = input.personId ?? null;
      if (personId && !meeting.agenda.some((item) => item.personId === personId)) throw new NotFound('Case');
      authorize(user, 'late-addition:submit', { meeting, personId });
      const addition: LateAddition = {
        _id: randomUUID(),
        meetingId,
        personId,
        items: input.items.map(({ label, text }) => ({ label, text })),
        submittedBy: user._id,
        submittedByName: user.displayName,
        agencyId: user.agencyId,
        submittedAt: new Date().toISOString(),
        state: 'pending',
      };
      await additions.insertOne(addition);
      await audit.record(user._id, 'late-addition.submit', 'meeting', meetingId, { lateAdditionId: addition._id, personId, items: addition.items.length });
      return addition;
    },

    /** The chair sees every late addition of the meeting; anyone else only their own. */
    async list(user: PublicUser, meetingId: string): Promise<LateAddition[]> {
      const meeting = await closedMeeting(user, meetingId);
      const all = await additions.find({ meetingId });
      return all
        .filter((addition) => can(user, 'late-addition:read', { meeting, submittedBy: addition.submittedBy }))
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
    },

    async decide(user: PublicUser, meetingId: string, additionId: string, { decision, reason }: LateAdditionDecision): Promise<LateAddition> {
      const meeting = await closedMeeting(user, meetingId);
      authorize(user, 'late-addition:decide', { meeting });
      const existing = await additions.findOne({ _id: additionId, meetingId });
      if (!existing) throw new NotFound('Late addition');
      const decidedAt = new Date().toISOString();
      const decided = await additions.findOneAndUpdate(
        { _id: additionId, meetingId, state: 'pending' },
        { $set: { state: decision === 'accept' ? 'accepted' : 'declined', decidedBy: user._id, decidedByName: user.displayName, decidedAt, ...(reason ? { reason } : {}) } },
      );
      if (!decided) throw new Conflict('This late addition has already been decided');
      if (decision === 'accept') {
        const amendment: RecordAmendment = {
          id: decided._id,
          ...(decided.personId ? { personId: decided.personId } : {}),
          items: decided.items,
          submittedBy: decided.submittedBy,
          submittedByName: decided.submittedByName,
          submittedAt: decided.submittedAt,
          acceptedBy: user._id,
          acceptedByName: user.displayName,
          acceptedAt: decidedAt,
        };
        // Appended beside the frozen record: its content and contentHash stay as they were at close.
        const updated = await closures.updateOne({ _id: meetingId }, { $push: { amendments: amendment } });
        if (updated === 0) throw new Conflict('The meeting has no stored record');
      }
      await audit.record(user._id, decision === 'accept' ? 'late-addition.accept' : 'late-addition.decline', 'meeting', meetingId, {
        lateAdditionId: decided._id,
        submittedBy: decided.submittedBy,
        personId: decided.personId,
      });
      return decided;
    },
  };
}
