// Re-renders the component whenever a shared type (or anything inside it) changes.
import { useEffect, useReducer } from 'react';
import type * as Y from 'yjs';

export function useYObserved(type: Y.AbstractType<any> | null | undefined): number {
  const [version, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    if (!type) return;
    const onChange = () => bump();
    type.observeDeep(onChange);
    bump();
    return () => type.unobserveDeep(onChange);
  }, [type]);
  return version;
}
