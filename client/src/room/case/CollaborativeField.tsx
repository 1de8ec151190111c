// A GOV.UK text box bound to a Y.Text, outlined in the colour of anyone else typing in it.
import { useRef } from 'react';
import type * as Y from 'yjs';
import { useAwarenessPeers } from '../../live/useAwarenessStates';
import { userColourClass } from '../../live/userColor';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { useYTextBinding } from '../../live/useYTextBinding';
import { ReadOnlyField } from './ReadOnlyRows';
import { useRoom } from '../RoomContext';

interface Props {
  live: LiveDoc;
  ytext: Y.Text | undefined;
  /** Unique within the document: what others see in awareness while this user types here. */
  fieldKey: string;
  label: string;
  hint?: string;
  multiline?: boolean;
  rows?: number;
  labelClassName?: string;
}

function domId(live: LiveDoc, fieldKey: string): string {
  return `field-${live.name}-${fieldKey}`.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * Read-only (an observer, a closed meeting: the room says so): the text as a GOV.UK summary list row that follows
 * the document, not a disabled box with faint text. Otherwise the editable box.
 */
export function CollaborativeField(props: Props) {
  const { readOnly } = useRoom();
  return readOnly ? <ReadOnlyText {...props} /> : <EditableField {...props} />;
}

function ReadOnlyText({ live, ytext, fieldKey, label }: Props) {
  useYObserved(ytext);
  return <ReadOnlyField label={label} value={ytext?.toString() ?? ''} id={domId(live, fieldKey)} field={fieldKey} />;
}

function EditableField({ live, ytext, fieldKey, label, hint, multiline = true, rows = 3, labelClassName = '' }: Props) {
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  useYTextBinding(ytext, ref);
  const editors = useAwarenessPeers(live.awareness).filter((peer) => peer.editing === fieldKey && peer.user);
  const id = domId(live, fieldKey);
  const first = editors[0]?.user;
  // Outlined in the colour of the first other person typing here (a class: the CSP refuses style attributes).
  const outline = first ? `roundtable-user-outline ${userColourClass(first.color)}` : '';
  const setEditing = (editing: string | null) => live.awareness.setLocalStateField('editing', editing);
  const common = {
    ref,
    id,
    name: id,
    disabled: !ytext,
    'data-field': fieldKey,
    'aria-describedby': [hint ? `${id}-hint` : '', editors.length ? `${id}-editors` : ''].filter(Boolean).join(' ') || undefined,
    onFocus: () => setEditing(fieldKey),
    onBlur: () => setEditing(null),
  };
  return (
    <div className="govuk-form-group roundtable-field">
      <label className={`govuk-label ${labelClassName}`.trim()} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="govuk-hint">
          {hint}
        </div>
      )}
      {editors.length > 0 && (
        <p id={`${id}-editors`} className="roundtable-field__editors">
          {editors.map(({ clientId, user }) => (
            <span key={clientId} className={`roundtable-field__editor roundtable-user-background ${userColourClass(user!.color)}`}>
              {user!.name} is typing
            </span>
          ))}
        </p>
      )}
      {multiline ? (
        <textarea className={`govuk-textarea ${outline}`.trim()} rows={rows} {...common} />
      ) : (
        <input className={`govuk-input ${outline}`.trim()} type="text" {...common} />
      )}
    </div>
  );
}
