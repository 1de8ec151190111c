// Rich-text notes (a ProseMirror tree in a Y.XmlFragment) as plain text: one line per block.
import * as Y from 'yjs';

const INLINE = new Set(['text', 'hardBreak']);

function blockText(node: Y.XmlElement | Y.XmlText | Y.XmlFragment): string {
  if (node instanceof Y.XmlText) return node.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');
  if (node instanceof Y.XmlElement && node.nodeName === 'hardBreak') return '\n';
  const children = node.toArray() as (Y.XmlElement | Y.XmlText)[];
  const inline = children.every((child) => child instanceof Y.XmlText || INLINE.has(child.nodeName));
  const parts = children.map(blockText);
  const text = inline ? parts.join('') : parts.filter((p) => p !== '').join('\n');
  return node instanceof Y.XmlElement && node.nodeName === 'listItem' ? `- ${text}` : text;
}

export function xmlFragmentToText(fragment: Y.XmlFragment): string {
  return blockText(fragment).trim();
}
