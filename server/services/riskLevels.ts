// Risk of serious harm levels: changed only through here, always with a reason, recorded with who, when, the old
// and the new level. The case document's `risk.rosh` map is written by the server alone (the layout refuses a
// client's write there), so this is the only way a level changes and nothing changes without a reason.
import { randomUUID } from 'node:crypto';
import type { Meeting, PublicUser } from '../../shared/domain/records.js';
import { riskLevelChangeInput, type RiskLevelChange } from '../../shared/domain/riskLevels.js';
import { setRoshLevel } from '../../shared/live/caseDoc.js';
import { caseDocName } from '../../shared/live/docNames.js';
import { Conflict, Invalid } from '../errors.js';
import { authorize, caseItemIds } from '../policy/index.js';
import type { Store } from '../store/port.js';
import type { AuditService } from './audit.js';
import { meetingControlOf, type LiveDocuments } from './liveDocuments.js';
import type { MeetingService } from './meetings.js';

export interface RiskLevelDeps {
  store: Store;
  meetings: MeetingService;
  documents: LiveDocuments;
  audit: AuditService;
}

export function riskLevelService({ store, meetings, documents, audit }: RiskLevelDeps) {
  const changes = store.collection('riskLevelChanges');
  const agencies = store.collection('agencies');

  async function byName(user: PublicUser): Promise<string> {
    const agency = await agencies.findOne({ _id: user.agencyId });
    const agencyName = agency?.shortName ?? agency?.name;
    return agencyName ? `${user.displayName} (${agencyName})` : user.displayName;
  }

  return {
    /**
     * Sets one group's level in the person's case document of this meeting and records the change. Refused
     * without a reason (400), for those who may not write the case (403), in a closed meeting (409).
     */
    async change(user: PublicUser, meetingId: string, personId: string, input: unknown): Promise<RiskLevelChange> {
      const meeting: Meeting = await meetings.load(meetingId);
      if (caseItemIds(meeting, personId).length === 0) throw new Invalid('Invalid personId: the person is not on this meeting’s agenda');
      const subject = { meeting, personId, currentItemId: (await meetingControlOf(documents, meetingId)).currentItemId };
      authorize(user, 'case:read', subject);
      if (meeting.status === 'closed') throw new Conflict('The meeting is closed; its risk levels can no longer change');
      authorize(user, 'case:write', subject);
      const { group, level, reason } = riskLevelChangeInput.parse(input);
      const docName = caseDocName(meetingId, personId);
      let from = '';
      await documents.change(docName, (doc) => {
        from = setRoshLevel(doc, group, level);
      });
      if (from === level) throw new Conflict('The risk level is already set to that');
      const change: RiskLevelChange = {
        _id: randomUUID(),
        personId,
        meetingId,
        meetingTitle: meeting.title,
        group,
        from,
        to: level,
        reason,
        by: user._id,
        byName: await byName(user),
        byAgencyId: user.agencyId,
        at: new Date().toISOString(),
      };
      await changes.insertOne(change);
      // The reason is case content: the audit names the change, not the words.
      await audit.record(user._id, 'risk-level.change', 'person', personId, { meetingId, group, from, to: level, changeId: change._id });
      return change;
    },

    /** Every recorded change for a person, newest first (callers filter by the policy). */
    async forPerson(personId: string): Promise<RiskLevelChange[]> {
      return changes.find({ personId }, { sort: { at: -1 } });
    },
  };
}
