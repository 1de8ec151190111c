// A stable colour per user for carets, field outlines and presence: GOV.UK palette colours that keep
// white text readable.
const COLOURS = ['#1d70b8', '#00703c', '#d4351c', '#4c2c92', '#912b88', '#f47738', '#28a197', '#b58840', '#5694ca', '#d53880'];

export function userColor(userId: string): string {
  let hash = 0;
  for (const char of userId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return COLOURS[hash % COLOURS.length];
}
