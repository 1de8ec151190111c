// A stable colour per user for carets, field outlines and presence: GOV.UK palette colours that keep
// white text readable. Elements take a colour through a class (userColours.css), never a style attribute,
// which the Content-Security-Policy refuses.
import './userColours.css';

import { assignColours, hashedColour, USER_COLOURS } from './distinctColours';

const COLOURS = USER_COLOURS;

/** One user's colour: distinct among the room's presence when given, else a hash of the id. */
export function userColor(userId: string, presentIds?: readonly string[]): string {
  if (!presentIds) return hashedColour(userId);
  return assignColours([...presentIds, userId]).get(userId) ?? hashedColour(userId);
}

export { assignColours };

/** The class that sets --roundtable-user-colour to this colour (a neutral grey for one not in the palette). */
export function userColourClass(colour: string | undefined): string {
  const index = COLOURS.indexOf((colour ?? '').toLowerCase());
  return index < 0 ? 'roundtable-colour-other' : `roundtable-colour-${index}`;
}
