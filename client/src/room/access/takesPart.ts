// Whether this user's agency takes part in an agenda item, as GET /api/meetings/:id says (unknown items: yes).
import type { MeetingView } from './accessApi';

export function takesPartIn(meeting: MeetingView, itemId: string): boolean {
  return meeting.agenda.find((item) => item.id === itemId)?.takesPart !== false;
}
