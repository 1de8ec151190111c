// The signed-in user's notifications over REST; a window event tells the header's unread count to refresh.
import type { MarkReadBody } from '../../../../shared/api/notifications';
import type { Notification } from '../../../../shared/domain/notifications';
import type { Page } from '../../../../shared/domain/records';
import { request } from '../../api';

export const NOTIFICATIONS_CHANGED = 'roundtable:notifications-changed';

export const notificationsApi = {
  list: (signal?: AbortSignal) => request<Page<Notification>>('/api/notifications?limit=100', { signal }),
  unreadCount: (signal?: AbortSignal) => request<{ count: number }>('/api/notifications/unread-count', { signal }),
  async markRead(ids: string[] | 'all'): Promise<number> {
    const body: MarkReadBody = ids === 'all' ? { all: true } : { ids };
    const { marked } = await request<{ marked: number }>('/api/notifications/read', { method: 'POST', body });
    window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
    return marked;
  },
};
