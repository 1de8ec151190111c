// Rich-text notes of one agenda item, co-edited live on the notes.<itemId> fragment of its case document (or of the
// meeting document for a standing item).
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { notesFragmentName } from '../../../shared/live/layout';
import type { AwarenessUser } from '../live/awarenessUser';
import { userColourClass } from '../live/userColor';
import type { LiveDoc } from '../live/useYDoc';
import { NotesToolbar } from './NotesToolbar';
import './tiptapEditor.css';

interface Props {
  live: LiveDoc;
  itemId: string;
  itemTitle: string;
  user: AwarenessUser;
  readOnly: boolean;
}

export function ItemNotes({ live, itemId, itemTitle, user, readOnly }: Props) {
  const labelId = `notes-label-${itemId}`;
  const editor = useEditor(
    {
      extensions: [
        // Yjs keeps the history: the editor's own undo would undo other people's typing.
        StarterKit.configure({ undoRedo: false }),
        Collaboration.configure({ document: live.doc, field: notesFragmentName(itemId) }),
        // Others' selections by class, not Tiptap's default style attribute (refused by the CSP).
        CollaborationCaret.configure({ provider: live.provider, user, selectionRender: (peer: AwarenessUser) => ({ class: `ProseMirror-yjs-selection ${userColourClass(peer.color)}` }) }),
      ],
      editable: !readOnly,
      // Its styles come from tiptapEditor.css: an injected <style> element is refused by the CSP.
      injectCSS: false,
      editorProps: { attributes: { class: 'roundtable-notes__editor', 'aria-labelledby': labelId, 'aria-multiline': 'true', role: 'textbox' } },
    },
    [live.doc, live.provider, itemId, readOnly],
  );
  return (
    <div className="govuk-form-group roundtable-notes">
      <h3 className="govuk-heading-m" id={labelId}>
        Notes<span className="govuk-visually-hidden">: {itemTitle}</span>
      </h3>
      {editor && !readOnly && <NotesToolbar editor={editor} />}
      <EditorContent editor={editor} />
    </div>
  );
}
