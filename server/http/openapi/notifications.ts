// The signed-in user's notifications (release-date changes, action reminders): list, unread count, mark read.
import { z } from 'zod';
import { notificationsQuery } from '../routes/notifications.js';
import type { ApiArea } from './operation.js';
import { page } from './records.js';
import { markReadBody } from '../../../shared/api/notifications.js';

export const notification = z.object({
  _id: z.string(),
  userId: z.string(),
  kind: z.string().describe('release-change, action-reminder, action-overdue, ...'),
  title: z.string().describe('No personal data (also the e-mail subject)'),
  body: z.string().describe('Names a person only by case reference'),
  link: z.string().optional().describe('A path inside the app'),
  personId: z.string().optional(),
  key: z.string(),
  dedupeKey: z.string(),
  createdAt: z.string(),
  readAt: z.string().optional(),
});

export const notifications: ApiArea = {
  tag: 'notifications',
  description: "The signed-in user's own notifications; each also goes out once by e-mail",
  operations: [
    { method: 'get', path: '/api/notifications', summary: 'My notifications, newest first', query: notificationsQuery, response: page('Notification', notification) },
    { method: 'get', path: '/api/notifications/unread-count', summary: 'How many of my notifications are unread', response: z.object({ count: z.number().int() }) },
    { method: 'post', path: '/api/notifications/read', summary: 'Mark my notifications read (given ids, or all)', body: markReadBody, response: z.object({ marked: z.number().int() }) },
  ],
};
