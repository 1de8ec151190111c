// Colours for the people in one room, all different while the palette lasts. Every browser sees the same
// presence list, so each one works out the same answer: people in the order of their ids, each taking
// their own hashed colour if it is free, else the next free one in the palette. Every colour carries white text
// (the "is typing" and caret labels) at 4.5:1 or more (WCAG 1.4.3).
export const USER_COLOURS = ['#1d70b8', '#00703c', '#d4351c', '#4c2c92', '#912b88', '#b14b0c', '#00786f', '#7a5a1f', '#3f5c78', '#c7307a'];

/** The colour a user has on their own: a hash of their id. */
export function hashedColour(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return USER_COLOURS[hash % USER_COLOURS.length];
}

/** A colour per user id, distinct for up to USER_COLOURS.length people, the same on every client. */
export function assignColours(userIds: Iterable<string>): Map<string, string> {
  const ids = [...new Set(userIds)].sort();
  const taken = new Set<string>();
  const colours = new Map<string, string>();
  for (const id of ids) {
    const own = hashedColour(id);
    let colour = own;
    if (taken.has(own) && taken.size < USER_COLOURS.length) {
      const start = USER_COLOURS.indexOf(own);
      for (let step = 1; step < USER_COLOURS.length; step++) {
        const next = USER_COLOURS[(start + step) % USER_COLOURS.length];
        if (!taken.has(next)) {
          colour = next;
          break;
        }
      }
    }
    taken.add(colour);
    colours.set(id, colour);
  }
  return colours;
}
