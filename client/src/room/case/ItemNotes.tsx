// Rich-text notes of one agenda item, co-edited live on the notes.<itemId> fragment of its case document (or of the
// meeting document for a standing item).
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { notesFragmentName } from '../../../../shared/live/scoped';
import type { AwarenessUser } from '../../live/awarenessUser';
import { userColourClass } from '../../live/userColor';
import type { LiveDoc } from '../../live/useYDoc';
import { useRoom } from '../RoomContext';
import { NotesToolbar } from './NotesToolbar';
import './tiptapEditor.css';

interface Props {
  live: LiveDoc;
  itemId: string;
  itemTitle: string;
}

export function ItemNotes({ live, itemId, itemTitle }: Props) {
  const { roomUser: user, readOnly } = useRoom();
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
      editorProps: { attributes: { class: readOnly ? 'roundtable-notes__editor roundtable-notes__editor--read-only' : 'roundtable-notes__editor', 'aria-labelledby': labelId, 'aria-multiline': 'true', role: 'textbox' } },
    },
    [live.doc, live.provider, itemId, readOnly],
  );
  const isEmpty = useEditorState({ editor, selector: (ctx) => ctx.editor?.isEmpty ?? true });
  // Read-only notes read as text: no empty box that looks like a field waiting for input.
  const showNothingRecorded = readOnly && isEmpty;
  return (
    <div className="govuk-form-group roundtable-notes">
      <h3 className="govuk-heading-m" id={labelId}>
        Notes<span className="govuk-visually-hidden">: {itemTitle}</span>
      </h3>
      {editor && !readOnly && <NotesToolbar editor={editor} />}
      {showNothingRecorded && <p className="govuk-body roundtable-not-recorded">No notes recorded.</p>}
      <EditorContent editor={editor} hidden={showNothingRecorded} />
    </div>
  );
}
