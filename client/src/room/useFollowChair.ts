// Which agenda item this user looks at: the chair's current item while following, else their own pick.
import { useCallback, useState } from 'react';

export interface FollowChair {
  viewedItemId: string | null;
  following: boolean;
  setFollowing(following: boolean): void;
  /** Look at another item (stops following the chair). */
  view(itemId: string): void;
}

export function useFollowChair(currentItemId: string | null, firstItemId: string | null): FollowChair {
  const [following, setFollowingState] = useState(true);
  const [ownItemId, setOwnItemId] = useState<string | null>(null);
  const view = useCallback((itemId: string) => {
    setOwnItemId(itemId);
    setFollowingState(false);
  }, []);
  const setFollowing = useCallback((next: boolean) => {
    setFollowingState(next);
    if (next) setOwnItemId(null);
  }, []);
  const viewedItemId = (following ? currentItemId : (ownItemId ?? currentItemId)) ?? firstItemId;
  return { viewedItemId, following, setFollowing, view };
}
