// The smallest single edit that turns one string into another: what a keystroke, a paste or a
// deletion in a text box did. Applying it as a Y.Text delete/insert keeps everyone else's typing.
export interface TextEdit {
  index: number;
  remove: number;
  insert: string;
}

export function diffText(before: string, after: string, caret?: number): TextEdit | null {
  if (before === after) return null;
  const maxPrefix = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < maxPrefix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  // The caret after typing marks where the edit ended: it decides between equally short edits
  // (typing "a" into "aa" at the start rather than at the end).
  if (caret !== undefined) prefix = Math.min(prefix, Math.max(0, caret - Math.max(0, after.length - before.length)));
  let suffix = 0;
  const maxSuffix = Math.min(before.length, after.length) - prefix;
  while (suffix < maxSuffix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { index: prefix, remove: before.length - prefix - suffix, insert: after.slice(prefix, after.length - suffix) };
}

type Delta = { retain?: number; insert?: unknown; delete?: number }[];

/** Where a position in the old text is after a remote change described by a Yjs delta. */
export function mapThroughDelta(position: number, delta: Delta): number {
  let oldIndex = 0;
  let shift = 0;
  for (const op of delta) {
    if (oldIndex >= position) break;
    if (op.retain !== undefined) oldIndex += op.retain;
    else if (op.insert !== undefined) shift += typeof op.insert === 'string' ? op.insert.length : 1;
    else if (op.delete !== undefined) {
      shift -= Math.min(op.delete, position - oldIndex);
      oldIndex += op.delete;
    }
  }
  return Math.max(0, position + shift);
}
