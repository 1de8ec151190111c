// Formatting buttons for the notes editor (keyboard shortcuts and Markdown-style typing also work).
import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';

export function NotesToolbar({ editor }: { editor: Editor }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
    }),
  });
  const buttons = [
    { key: 'bold', label: 'Bold', run: () => editor.chain().focus().toggleBold().run() },
    { key: 'italic', label: 'Italic', run: () => editor.chain().focus().toggleItalic().run() },
    { key: 'bulletList', label: 'Bullets', run: () => editor.chain().focus().toggleBulletList().run() },
    { key: 'orderedList', label: 'Numbered list', run: () => editor.chain().focus().toggleOrderedList().run() },
  ] as const;
  return (
    <div className="roundtable-notes__toolbar" role="toolbar" aria-label="Formatting">
      {buttons.map(({ key, label, run }) => (
        <button key={key} type="button" className="govuk-button govuk-button--secondary roundtable-button-small" aria-pressed={active[key]} onClick={run}>
          {label}
        </button>
      ))}
    </div>
  );
}
