// The case's restricted section (victim safety, restricted intelligence) as a tab: one fresh tab per case, so nothing carries over between people.
// Its document is opened only while the tab is on screen (onShown), so a participant holds at most three sockets.
import { useEffect } from 'react';
import { RestrictedTab, type RestrictedTabProps } from '../access/RestrictedTab';

export function RestrictedSection({ onShown, ...props }: RestrictedTabProps & { onShown?(shown: boolean): void }) {
  useEffect(() => {
    onShown?.(true);
    return () => onShown?.(false);
  }, [onShown]);
  return <RestrictedTab key={props.forCase} {...props} />;
}
