// The signed-in user's own notifications: the list, the unread count for the header, and marking them read.
import { Router } from 'express';
import { z } from 'zod';
import { markReadBody } from '../../../shared/api/notifications.js';
import type { Services } from '../../services/index.js';
import { currentUser, pageQuery, requireUser } from '../middleware.js';

export const notificationsQuery = pageQuery.extend({
  unread: z.enum(['true', 'false'], { message: 'unread must be true or false' }).optional(),
});

export function notificationRoutes(services: Services): Router {
  const router = Router();
  router.get('/api/notifications', requireUser, async (req, res) => {
    const { unread, ...page } = notificationsQuery.parse(req.query);
    res.set('Cache-Control', 'no-store').json(await services.notifications.listFor(currentUser(req), page, { unread: unread === 'true' }));
  });
  router.get('/api/notifications/unread-count', requireUser, async (req, res) => {
    res.set('Cache-Control', 'no-store').json({ count: await services.notifications.unreadCount(currentUser(req)) });
  });
  router.post('/api/notifications/read', requireUser, async (req, res) => {
    const body = markReadBody.parse(req.body);
    const user = currentUser(req);
    const marked = await services.notifications.markRead(user, 'all' in body ? 'all' : body.ids);
    if (marked > 0) await services.audit.record(user._id, 'notification.read', 'user', user._id, { marked });
    res.json({ marked });
  });
  return router;
}
