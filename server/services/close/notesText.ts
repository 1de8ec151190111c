// Rich-text notes (a ProseMirror tree in a Y.XmlFragment) as plain text: one line per block. Whatever a client
// put in the fragment, this returns text and never throws (unknown nodes count as empty).
import * as Y from 'yjs';

const INLINE = new Set(['text', 'hardBreak']);
type XmlNode = Y.XmlElement | Y.XmlText | Y.XmlFragment;

function isNode(value: unknown): value is XmlNode {
  return value instanceof Y.XmlElement || value instanceof Y.XmlText || value instanceof Y.XmlFragment;
}

function blockText(node: XmlNode): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') return '\n';
  const children = (node.toArray() as unknown[]).filter(isNode);
  const inline = children.every((child) => child instanceof Y.XmlText || (child instanceof Y.XmlElement && INLINE.has(child.nodeName)));
  const parts = children.map(blockText);
  const text = inline ? parts.join('') : parts.filter((p) => p !== '').join('\n');
  return node instanceof Y.XmlElement && node.nodeName === 'listItem' ? `- ${text}` : text;
}

export function xmlFragmentToText(fragment: Y.XmlFragment): string {
  try {
    return blockText(fragment).trim();
  } catch {
    return '';
  }
}
