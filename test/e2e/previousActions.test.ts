// The next meeting's room in a real browser: the person's open action from the panel's last meeting shows under the
// case and under the review item; housing updates its status there and "Our open actions" shows it (and the chair's
// open room shows it without reloading); the need that action owns raises no false "unowned" flag, while the overdue
// carried action raises exactly one flag (positive control: a need nobody owns is still flagged).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CASE, caseDocName } from '../../shared/live/layout.js';
import type * as Y from 'yjs';
import { addDays, toIsoDate } from '../../shared/logic/dueDates.js';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { connectDoc, waitFor } from '../live/support.js';
import { screenshot } from './pageSupport.js';
import { agendaButton, joinRoom, type Member } from './roomSupport.js';

describeBrowser('previous actions in the next meeting (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const members: Member[] = [];
  let secondId: string;
  let bedId: string;
  let overdueId: string;
  const today = toIsoDate(new Date());

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    const { users, meeting: demoMeeting } = server.demo;
    const admin = await loginAs(server.url, 'admin', PASSWORD);
    const chair = await loginAs(server.url, 'chair', PASSWORD);
    const person = await admin.post('/api/people', {
      name: 'Jordan Pike',
      caseReference: 'PA-20001',
      custodyStatus: 'sentenced',
      releaseDate: addDays(today, 60),
      panelIds: [demoMeeting.panelId],
      leadAgencyId: users.probation.agencyId,
    });
    expect(person.status, JSON.stringify(person.body)).toBe(201);
    const personId = person.body._id as string;
    const meetingBody = (title: string, days: number) => ({
      panelId: demoMeeting.panelId,
      title,
      type: 'IOM',
      startsAt: new Date(Date.now() + days * 86_400_000).toISOString(),
      chairId: users.chair._id,
      attendeeIds: [users.probation._id, users.housing._id, users.police._id],
      agenda: [
        { title: 'Review of previous actions', kind: 'standing' },
        { title: 'Jordan Pike', kind: 'case', personId },
      ],
    });

    // The last meeting: needs for accommodation and finance; housing owns the accommodation one; probation's is overdue.
    const first = await chair.post('/api/meetings', meetingBody('IOM panel: last fortnight', -14));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect((await chair.post(`/api/meetings/${first.body._id}/start`)).status).toBe(200);
    const plan = connectDoc(server.url, chair.cookie, caseDocName(first.body._id, personId));
    await plan.synced;
    const pathways = plan.doc.getMap<Y.Map<unknown>>(CASE.pathways);
    plan.doc.transact(() => {
      pathways.get('accommodation')!.set('status', 'need');
      pathways.get('finance')!.set('status', 'need');
    });
    const check = connectDoc(server.url, (await loginAs(server.url, 'probation', PASSWORD)).cookie, caseDocName(first.body._id, personId));
    await check.synced;
    await waitFor(() => check.doc.getMap<Y.Map<unknown>>(CASE.pathways).get('finance')?.get('status') === 'need', 10_000, 'the plan to reach the server');
    plan.destroy();
    check.destroy();
    const bed = await chair.post(`/api/meetings/${first.body._id}/actions`, {
      text: 'Book a hostel bed for Jordan', agencyId: users.housing.agencyId, owner: 'Helen Marsh', personId, pathway: 'accommodation', dueDate: addDays(today, 10),
    });
    const overdue = await chair.post(`/api/meetings/${first.body._id}/actions`, {
      text: 'Send the risk assessment to the hostel', agencyId: users.probation.agencyId, owner: 'Priya Shah', personId, dueDate: addDays(today, -3),
    });
    expect([bed.status, overdue.status]).toEqual([201, 201]);
    bedId = `${first.body._id}:${bed.body.id}`;
    overdueId = `${first.body._id}:${overdue.body.id}`;
    expect((await chair.post(`/api/meetings/${first.body._id}/close`)).status).toBe(200);

    const second = await chair.post('/api/meetings', meetingBody('IOM panel: this fortnight', 0));
    expect(second.status).toBe(201);
    secondId = second.body._id;
    expect((await chair.post(`/api/meetings/${secondId}/start`)).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    for (const member of members) await member.context.close();
    await browser?.close();
    await server?.stop();
  });

  it('shows the open action under the case with its flags right; housing updates it there; it shows on "Our open actions"', async () => {
    const chair = await joinRoom(browser, server.url, secondId, 'chair');
    const housing = await joinRoom(browser, server.url, secondId, 'housing');
    members.push(chair, housing);
    for (const member of [chair, housing]) await agendaButton(member, 'Jordan Pike').click();

    const page = housing.page;
    const previous = page.getByTestId('previous-actions');
    await previous.getByRole('heading', { name: 'Previous actions' }).waitFor();
    const card = previous.locator(`[data-previous-action="${bedId}"]`);
    await card.getByRole('heading', { name: 'Book a hostel bed for Jordan' }).waitFor();
    const cardText = await card.textContent();
    expect(cardText).toContain('Open');
    expect(cardText).toContain('Helen Marsh');
    expect(cardText).toContain('Local Authority Housing');
    expect(cardText).toContain('IOM panel: last fortnight');
    // Probation's overdue action shows too (housing takes part in the case), but housing cannot change it.
    const overdueCard = previous.locator(`[data-previous-action="${overdueId}"]`);
    await overdueCard.getByText('Overdue', { exact: true }).waitFor();
    await expect(overdueCard.getByRole('button', { name: /Save update/ }).count()).resolves.toBe(0);

    // Red flags: one for the overdue carried action; none for the accommodation need the carried action owns;
    // the finance need nobody owns is still flagged (positive control).
    const flags = page.getByRole('region', { name: /red flag/ });
    await flags.locator('[data-flag="overdue-action"]', { hasText: 'Send the risk assessment to the hostel' }).waitFor();
    await flags.locator('[data-flag="unowned-need"]', { hasText: 'Finance' }).waitFor();
    await expect(flags.locator('[data-flag="overdue-action"]').count()).resolves.toBe(1);
    await expect(flags.locator('[data-flag="unowned-need"]', { hasText: 'Accommodation' }).count()).resolves.toBe(0);
    await screenshot(page, 'previous-actions-case');

    // Housing updates the status in the room.
    await card.getByLabel(/^Status of/).selectOption('in-progress');
    await card.getByLabel('Progress note (optional)').fill('Bed offered at Ashdown House from release day');
    await card.getByRole('button', { name: /Save update/ }).click();
    await card.getByRole('status').getByText(/Saved: In progress/).waitFor();
    await card.locator('.govuk-tag', { hasText: 'In progress' }).waitFor();
    // The chair's open room shows it without reloading.
    await chair.page.locator(`[data-previous-action="${bedId}"] .govuk-tag`, { hasText: 'In progress' }).waitFor();
    await chair.page.locator(`[data-previous-action="${bedId}"]`).getByText('Bed offered at Ashdown House from release day').waitFor();

    // "Our open actions" shows the new status.
    await page.goto(`${server.url}/actions`);
    const row = page.getByTestId('actions-table').getByRole('row').filter({ hasText: 'Book a hostel bed for Jordan' });
    await row.getByText('In progress').waitFor();
    expect(housing.errors).toEqual([]);
    expect(chair.errors).toEqual([]);
  });

  it('lists the panel\'s earlier actions under the review item, by case', async () => {
    const police = await joinRoom(browser, server.url, secondId, 'police');
    members.push(police);
    await agendaButton(police, 'Review of previous actions').click();
    const previous = police.page.getByTestId('previous-actions');
    await previous.getByRole('heading', { name: 'Previous actions of this panel' }).waitFor();
    await previous.getByRole('heading', { name: 'Jordan Pike (PA-20001)' }).waitFor();
    await previous.locator(`[data-previous-action="${bedId}"]`).getByText('In progress').first().waitFor();
    await previous.locator(`[data-previous-action="${overdueId}"]`).getByText('Send the risk assessment to the hostel').waitFor();
    await screenshot(police.page, 'previous-actions-review');
    expect(police.errors).toEqual([]);
  });
});
