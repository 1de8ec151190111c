// The meeting as one user may see it over REST: case items they do not take part in keep their place
// on the agenda under a neutral title, without the person; guests see only the items they are invited
// for; access settings are shown to those who manage the meeting.
import type { AgendaItem, Meeting, PublicUser } from '../../shared/domain/records.js';
import { neutralTitle } from '../../shared/live/meetingDoc.js';
import { can, guestInviteOf } from '../policy/index.js';

export interface MeetingView extends Meeting {
  agenda: (AgendaItem & { takesPart: boolean })[];
}

export function meetingViewFor(user: PublicUser, meeting: Meeting, currentItemId: string | null = null): MeetingView {
  const invite = guestInviteOf(user, meeting);
  const agenda = meeting.agenda
    .filter((item) => !invite || invite.itemIds.includes(item.id))
    .map((item) => {
      if (!item.personId) return { ...item, takesPart: user.role !== 'guest' };
      // Guests keep their invited items' titles: they were invited for that person.
      const readable = invite ? true : can(user, 'case:read', { meeting, personId: item.personId, currentItemId });
      if (readable) return { ...item, takesPart: invite ? can(user, 'case:read', { meeting, personId: item.personId, currentItemId }) : true };
      const { personId: _hidden, presenterAgencyId: _presenter, ...rest } = item;
      return { ...rest, title: neutralTitle(meeting.agenda, item.id), takesPart: false };
    });
  if (can(user, 'meeting:manage', { meeting })) return { ...meeting, agenda };
  const { itemAccess: _items, guests: _guests, restrictedAccess: _restricted, restrictedAgencyIds: _legacy, ...shared } = meeting;
  return { ...shared, attendeeIds: invite ? [] : meeting.attendeeIds, agenda };
}
