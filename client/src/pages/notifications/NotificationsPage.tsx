// The user's notifications (release-date changes, action reminders), newest first; unread ones are marked and can
// be marked read one by one or all at once.
import { useCallback, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Notification } from '../../../../shared/domain/notifications';
import { LoadFailed } from '../../components/LoadFailed';
import { Loading } from '../../components/Loading';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDateTime } from '../../format';
import { notificationsApi } from './notificationsApi';

const KIND_LABELS: Record<string, string> = {
  'release-change': 'Release date or custody change',
  'action-reminder': 'Action due soon',
  'action-overdue': 'Action overdue',
};

function NotificationItem({ notification, onRead }: { notification: Notification; onRead(id: string): Promise<void> }) {
  const unread = !notification.readAt;
  return (
    <li className={`roundtable-notification${unread ? ' roundtable-notification--unread' : ''}`} data-testid="notification">
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        {unread && <strong className="govuk-tag govuk-tag--blue govuk-!-margin-right-2">Unread</strong>}
        <span className="govuk-hint govuk-!-display-inline">
          {KIND_LABELS[notification.kind] ?? 'Notification'}, {formatDateTime(notification.createdAt)}
        </span>
      </p>
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
        {notification.link ? (
          <Link className="govuk-link" to={notification.link} onClick={() => void (unread ? onRead(notification._id) : undefined)}>
            {notification.title}
          </Link>
        ) : (
          notification.title
        )}
      </h2>
      <p className="govuk-body roundtable-notification__body">{notification.body}</p>
      {unread && (
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void onRead(notification._id)}>
          Mark as read<span className="govuk-visually-hidden">: {notification.title}</span>
        </button>
      )}
    </li>
  );
}

export function NotificationsPage() {
  usePageTitle('Notifications');
  const load = useCallback((signal: AbortSignal) => notificationsApi.list(signal), []);
  const list = useApiData(load);
  const [problem, setProblem] = useState<string | null>(null);

  async function markRead(ids: string[] | 'all') {
    setProblem(null);
    try {
      await notificationsApi.markRead(ids);
      list.reload();
    } catch (err) {
      setProblem((err as Error).message);
    }
  }

  const items = list.status === 'loaded' ? list.data.items : [];
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Notifications</h1>
        {problem && (
          <div className="govuk-error-summary" role="alert" tabIndex={-1}>
            <h2 className="govuk-error-summary__title">There is a problem</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{problem}</p>
            </div>
          </div>
        )}
        {list.status === 'loading' && <Loading what="notifications" />}
        {list.status === 'failed' && <LoadFailed error={list.error} title="Notifications not available" />}
        {list.status === 'loaded' && (
          <>
            <p className="govuk-body" data-testid="notifications-summary">
              {items.length === 0 ? 'You have no notifications.' : unread === 0 ? 'You have read all your notifications.' : `You have ${unread} unread notification${unread === 1 ? '' : 's'}.`}
            </p>
            {unread > 1 && (
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void markRead('all')}>
                Mark all as read
              </button>
            )}
            <ul className="govuk-list roundtable-notifications">
              {items.map((n) => (
                <NotificationItem key={n._id} notification={n} onRead={(id) => markRead([id])} />
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
