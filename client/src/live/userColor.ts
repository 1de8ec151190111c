// A stable colour per user for carets, field outlines and presence: GOV.UK palette colours that keep
// white text readable. Elements take a colour through a class (userColours.css), never a style attribute,
// which the Content-Security-Policy refuses.
import './userColours.css';

const COLOURS = ['#1d70b8', '#00703c', '#d4351c', '#4c2c92', '#912b88', '#f47738', '#28a197', '#b58840', '#5694ca', '#d53880'];

export function userColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}

/** The class that sets --roundtable-user-colour to this colour (a neutral grey for one not in the palette). */
export function userColourClass(colour: string | undefined): string {
  const index = COLOURS.indexOf((colour ?? '').toLowerCase());
  return index < 0 ? 'roundtable-colour-other' : `roundtable-colour-${index}`;
}
