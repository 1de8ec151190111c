// Closing a meeting and what it produces: the review before closing, the close itself, each
// agency's list (JSON, PDF, CSV), the minutes (JSON, HTML, PDF) and the e-mail outbox.
import { Router, type Response } from 'express';
import { z } from 'zod';
import { isMeetingChair } from '../../auth/permissions.js';
import { agencyListCsv } from '../../exports/csv.js';
import { agencyListPdf } from '../../exports/agencyListPdf.js';
import { minutesHtml, minutesPdf } from '../../exports/minutes.js';
import { pdfFileName } from '../../mail/agencyListMessage.js';
import { readableCaseIds } from '../../policy/index.js';
import { recordForViewer } from '../../../shared/logic/recordForViewer.js';
import { Conflict, Forbidden } from '../../errors.js';
import type { Services } from '../../services/index.js';
import { currentUser, requireUser } from '../middleware.js';
import { describeRoute } from '../openapi.js';

const listFormat = z.object({ format: z.enum(['json', 'pdf', 'csv']).default('json') });
const minutesFormat = z.object({ format: z.enum(['json', 'html', 'pdf']).default('json') });

function noStore(res: Response): void {
  // Exports carry OFFICIAL-SENSITIVE content: keep them out of shared caches and browser history.
  res.set('Cache-Control', 'no-store');
}

describeRoute('/api/meetings/{id}/close-review', 'get', { summary: 'What the chair checks before closing: actions without owner or due date, open red flags (chair)' });
describeRoute('/api/meetings/{id}/close', 'post', { summary: 'Close the meeting: freeze its documents, store the record, create the action records, queue the e-mails. Idempotent (chair)' });
describeRoute('/api/meetings/{id}/agency-actions/{agencyId}', 'get', {
  summary: "One agency's actions from this meeting, its open actions from earlier meetings and the decisions that bind it (that agency's members, the chair, admins). format=json|pdf|csv",
  query: ['format'],
});
describeRoute('/api/meetings/{id}/minutes', 'get', { summary: 'Minutes of a closed meeting. format=json|html|pdf', query: ['format'] });
describeRoute('/api/meetings/{id}/emails', 'get', { summary: 'E-mails of the agency lists and their delivery state (chair)' });
describeRoute('/api/meetings/{id}/emails/{emailId}/retry', 'post', { summary: 'Put an unsent e-mail back in the queue (chair)' });

export function closeRoutes(services: Services): Router {
  const router = Router();
  const chairOnly = async (user: Parameters<typeof isMeetingChair>[0], meetingId: string) => {
    const meeting = await services.meetings.load(meetingId);
    if (!isMeetingChair(user, meeting)) throw new Forbidden('Only the chair can do that');
    return meeting;
  };

  router.get('/api/meetings/:id/close-review', requireUser, async (req, res) => {
    const review = await services.close.review(currentUser(req), req.params.id as string);
    await services.audit.record(currentUser(req)._id, 'meeting.close-review', 'meeting', review.meetingId);
    // Who may still hold changes the server has not received, so the chair can wait for them.
    res.set('Cache-Control', 'no-store').json({ ...review, unsent: services.unsentChanges.list(review.meetingId) });
  });

  router.post('/api/meetings/:id/close', requireUser, async (req, res) => {
    const result = await services.close.closeMeeting(currentUser(req), req.params.id as string);
    services.unsentChanges.forget(result.meetingId);
    res.json(result);
  });

  router.get('/api/meetings/:id/agency-actions/:agencyId', requireUser, async (req, res) => {
    const { format } = listFormat.parse(req.query);
    const user = currentUser(req);
    const list = await services.agencyLists.listFor(user, req.params.id as string, req.params.agencyId as string);
    await services.audit.record(user._id, format === 'json' ? 'agency-actions.view' : `agency-actions.export.${format}`, 'meeting', list.meeting.id, {
      agencyId: list.agency.id,
    });
    noStore(res);
    if (format === 'json') return void res.json(list);
    const base = pdfFileName(list.agency.name, list.meeting.startsAt).replace(/\.pdf$/, '');
    if (format === 'pdf') res.type('application/pdf').attachment(`${base}.pdf`).send(await agencyListPdf(list));
    else res.type('text/csv; charset=utf-8').attachment(`${base}.csv`).send(agencyListCsv(list));
  });

  router.get('/api/meetings/:id/minutes', requireUser, async (req, res) => {
    const { format } = minutesFormat.parse(req.query);
    const user = currentUser(req);
    const meeting = await services.meetings.getFor(user, req.params.id as string);
    if (user.role === 'guest') throw new Forbidden('Guests see only the case they were invited for');
    const closure = await services.close.getClosure(meeting._id);
    if (!closure) throw new Conflict('Minutes are available once the meeting is closed');
    await services.audit.record(user._id, format === 'json' ? 'minutes.view' : `minutes.export.${format}`, 'meeting', meeting._id);
    // Only the cases this viewer takes part in: the policy decides from the full meeting record.
    // Accepted late additions are kept beside the frozen record; the viewer sees those of their cases.
    const amended = closure.amendments?.length ? { ...closure.record, amendments: closure.amendments } : closure.record;
    const record = recordForViewer(amended, readableCaseIds(user, { meeting: await services.meetings.load(meeting._id) }));
    noStore(res);
    if (format === 'json') return void res.json({ record, contentHash: closure.contentHash });
    if (format === 'html') return void res.type('html').send(minutesHtml(record));
    res.type('application/pdf').attachment(`minutes-${meeting.startsAt.slice(0, 10)}.pdf`).send(await minutesPdf(record));
  });

  router.get('/api/meetings/:id/emails', requireUser, async (req, res) => {
    const meeting = await chairOnly(currentUser(req), req.params.id as string);
    await services.audit.record(currentUser(req)._id, 'emails.view', 'meeting', meeting._id);
    res.json({ items: await services.outbox.listForMeeting(meeting._id) });
  });

  router.post('/api/meetings/:id/emails/:emailId/retry', requireUser, async (req, res) => {
    const meeting = await chairOnly(currentUser(req), req.params.id as string);
    const email = await services.outbox.retry(meeting._id, req.params.emailId as string);
    await services.audit.record(currentUser(req)._id, 'email.requeue', 'meeting', meeting._id, { agencyId: email.agencyId });
    res.json(email);
  });
  return router;
}
