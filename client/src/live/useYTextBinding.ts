// Binds a <textarea> or <input> to a Y.Text: local edits become minimal Y.Text changes, so two
// people typing in the same field both keep their words; remote edits keep the local caret in place.
import { useEffect, type RefObject } from 'react';
import type * as Y from 'yjs';
import { diffText, mapThroughDelta } from './textDiff';

type TextElement = HTMLTextAreaElement | HTMLInputElement;

export function useYTextBinding(ytext: Y.Text | null | undefined, ref: RefObject<TextElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!ytext || !element) return;
    const origin = element;
    element.value = ytext.toString();

    const onInput = () => {
      const edit = diffText(ytext.toString(), element.value, element.selectionEnd ?? undefined);
      if (!edit) return;
      ytext.doc!.transact(() => {
        if (edit.remove > 0) ytext.delete(edit.index, edit.remove);
        if (edit.insert) ytext.insert(edit.index, edit.insert);
      }, origin);
    };

    const onRemote = (event: Y.YTextEvent, transaction: Y.Transaction) => {
      if (transaction.origin === origin) return;
      const focused = document.activeElement === element;
      const start = element.selectionStart ?? 0;
      const end = element.selectionEnd ?? 0;
      element.value = ytext.toString();
      if (focused) element.setSelectionRange(mapThroughDelta(start, event.delta), mapThroughDelta(end, event.delta));
    };

    element.addEventListener('input', onInput);
    ytext.observe(onRemote);
    return () => {
      element.removeEventListener('input', onInput);
      ytext.unobserve(onRemote);
    };
  }, [ytext, ref]);
}
