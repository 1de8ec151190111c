// Which agenda item this user looks at: the chair's current item while following, else their own pick. While
// following, a new current item is brought into view (its caption and heading at the top of the window, with its red
// flags and the first fields of its open tab below), as far as that keeps the keyboard focus on screen.
import { useCallback, useEffect, useRef, useState } from 'react';

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

  // The chair's current item as last seen here: a change (or the first one known) brings the item into view.
  const seen = useRef<string | null>(null);
  useEffect(() => {
    const before = seen.current;
    seen.current = currentItemId;
    if (!following || !currentItemId || before === currentItemId) return;
    return bringItemIntoView(currentItemId);
  }, [currentItemId, following]);

  return { viewedItemId, following, setFollowing, view };
}

/** Scrolls the item's section (rendered by ItemView with data-item) to the top of the window once it is on the page. */
function bringItemIntoView(itemId: string): () => void {
  let frame = 0;
  let tries = 0;
  const timers: number[] = [];
  const align = (section: Element) => {
    // On a short screen (150% zoom on a projector) the heading goes to the top, its caption just above it.
    const heading = window.innerHeight < 560 ? section.querySelector('h2') : null;
    let distance = (heading ?? section).getBoundingClientRect().top;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && !section.contains(active)) {
      // Never scroll the control the user is working with (the agenda, the chair's buttons) off the screen.
      distance = Math.min(distance, Math.max(0, active.getBoundingClientRect().top - 10));
    }
    if (Math.abs(distance) >= 1) window.scrollBy({ top: distance, behavior: 'instant' });
  };
  // The user scrolling or typing takes over at once.
  const stop = () => {
    timers.forEach((timer) => window.clearTimeout(timer));
    timers.length = 0;
  };
  const USER_EVENTS = ['wheel', 'touchmove', 'keydown', 'mousedown'] as const;
  const attempt = () => {
    const section = document.querySelector(`section[data-item="${CSS.escape(itemId)}"]`);
    if (!section) {
      // The item renders after the state change reaches the page; give up after about two seconds.
      if (tries++ < 120) frame = requestAnimationFrame(attempt);
      return;
    }
    align(section);
    // What loads in and around the item a moment later (the person, red flags, fonts) moves it: align again.
    for (const delay of [150, 500, 1200, 2500]) timers.push(window.setTimeout(() => section.isConnected && align(section), delay));
  };
  USER_EVENTS.forEach((type) => window.addEventListener(type, stop, { passive: true, once: true }));
  frame = requestAnimationFrame(attempt);
  return () => {
    cancelAnimationFrame(frame);
    stop();
    USER_EVENTS.forEach((type) => window.removeEventListener(type, stop));
  };
}
