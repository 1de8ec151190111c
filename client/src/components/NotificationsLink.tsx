// The header's link to the notifications page, with the unread count. Refreshed on each page change, every
// 30 seconds, when the notifications page marks some read, and when an open room hears that a person changed.
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { NOTIFICATIONS_CHANGED, notificationsApi } from '../pages/notifications/notificationsApi';
import '../pages/notifications/notifications.css';
import { PERSON_CHANGED } from '../live/useMeetingControl';

const POLL_MS = 30_000;

export function NotificationsLink() {
  const [count, setCount] = useState<number | null>(null);
  const { pathname } = useLocation();
  useEffect(() => {
    const controller = new AbortController();
    const refresh = () =>
      void notificationsApi.unreadCount(controller.signal).then(
        (answer) => setCount(answer.count),
        () => undefined,
      );
    refresh();
    const timer = window.setInterval(refresh, POLL_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, refresh);
    // In a meeting room: a person on the agenda changed (release date), which tells the case team.
    window.addEventListener(PERSON_CHANGED, refresh);
    return () => {
      controller.abort();
      window.clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, refresh);
      window.removeEventListener(PERSON_CHANGED, refresh);
    };
  }, [pathname]);
  const unread = count ?? 0;
  return (
    <Link className="roundtable-header__notifications" to="/notifications" data-testid="notifications-link">
      Notifications
      {unread > 0 ? (
        <>
          {' '}
          <span className="roundtable-header__count" data-testid="unread-count">
            {unread}
          </span>
          <span className="govuk-visually-hidden"> unread</span>
        </>
      ) : null}
    </Link>
  );
}
