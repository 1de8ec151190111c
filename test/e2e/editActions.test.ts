// Actions and decisions you can correct, in real Chromium against a real server: the chair and a police officer each
// in their own browser. A half-typed action survives switching tabs; after "Add action" focus lands on the new action
// and a live region announces it; police changes the agency, owner and due date of its action in the room and the
// chair sees it; the chair removes a duplicate with a reason, which the audit keeps; an empty decision is removed
// with a reason; and once the meeting closes the agency lists carry the corrected action.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './pageSupport.js';
import { agendaButton, itemHeading, joinRoom, POLL, type Member } from './roomSupport.js';

describeBrowser('correcting actions and decisions in the room (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let meetingId: string;
  let chair: Member;
  let police: Member;
  let admin: ApiClient;
  let chairApi: ApiClient;
  let housingAgencyId: string;

  const row = (member: Member, text: string) => member.page.locator('tr[data-action]', { hasText: text });
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
  const announced = (page: Page, kind: 'actions' | 'decisions') => page.locator(`[data-${kind}-announcement]`).textContent();
  const addForm = (member: Member) => member.page.locator('form.roundtable-add-action');

  async function fillDate(form: Locator, day: string, month: string, year: string) {
    await form.getByLabel('On a date').check();
    await form.getByLabel('Day', { exact: true }).fill(day);
    await form.getByLabel('Month', { exact: true }).fill(month);
    await form.getByLabel('Year', { exact: true }).fill(year);
  }

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    meetingId = server.demo.meeting._id;
    browser = await launchBrowser();
    [admin, chairApi] = await Promise.all([loginAs(server.url, 'admin', PASSWORD), loginAs(server.url, 'chair', PASSWORD)]);
    housingAgencyId = ((await chairApi.get('/api/agencies?limit=50')).body.items as { _id: string; name: string }[]).find((a) => a.name === 'Local Authority Housing')!._id;
    for (const username of ['chair', 'police']) {
      const member = await joinRoom(browser, server.url, meetingId, username);
      contexts.push(member.context);
      if (username === 'chair') chair = member;
      else police = member;
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.stop();
  });

  it('the chair starts the meeting on a case; both open its actions', async () => {
    await chair.page.getByRole('button', { name: 'Start meeting' }).click();
    await agendaButton(chair, 'Daniel Hughes').click();
    for (const member of [chair, police]) {
      await expect.poll(() => itemHeading(member), POLL).toBe('Daniel Hughes: release in 5 days');
      await member.page.getByRole('tab', { name: 'Actions' }).click();
    }
  });

  it('keeps a half-typed action across a tab switch; errors use the GOV.UK pattern; focus and an announcement follow "Add action"', async () => {
    const form = addForm(police);
    await form.getByLabel('What needs to be done').fill('Collect the licence conditions from the prison');
    await form.getByLabel('Named owner').fill('PC Dan Reeves');
    await fillDate(form, '31', '4', '2031');
    await police.page.getByRole('tab', { name: 'Notes' }).click();
    await police.page.getByRole('tab', { name: 'Actions' }).click();
    await expect(form.getByLabel('What needs to be done').inputValue()).resolves.toBe('Collect the licence conditions from the prison');
    await expect(form.getByLabel('Named owner').inputValue()).resolves.toBe('PC Dan Reeves');
    await expect(form.getByLabel('Day', { exact: true }).inputValue()).resolves.toBe('31');

    // 31 April does not exist: an error summary that takes focus, linked to the day, which is marked invalid.
    await form.getByRole('button', { name: 'Add action' }).click();
    const summary = form.locator('.govuk-error-summary');
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain('Due date must be a real date');
    await expect.poll(() => police.page.evaluate(() => document.activeElement?.classList.contains('govuk-error-summary')), POLL).toBe(true);
    await expect(form.getByLabel('Day', { exact: true }).getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(form.getByRole('group', { name: 'Due date' }).getAttribute('aria-describedby')).resolves.toContain('action-due-date-error');
    // Each field of the date has one accessible name; the radio and the inputs never share an id.
    const ids = await police.page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(ids.length).toBe(new Set(ids).size);

    // A past date is warned about, then the action is added.
    await form.getByLabel('Day', { exact: true }).fill('1');
    await form.getByLabel('Year', { exact: true }).fill('2020');
    await expect.poll(() => form.getByText('This date is in the past').count(), POLL).toBe(1);
    await form.getByLabel('Year', { exact: true }).fill('2031');
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => row(police, 'Collect the licence conditions').count(), POLL).toBe(1);
    const actionId = await row(police, 'Collect the licence conditions').getAttribute('data-action');
    await expect.poll(() => focusedId(police.page), POLL).toBe(`action-${actionId}`);
    await expect.poll(() => announced(police.page, 'actions'), POLL).toBe('Action added: Collect the licence conditions from the prison');
    // The form is empty again, and stays so after a tab switch (the draft was cleared).
    await expect(form.getByLabel('What needs to be done').inputValue()).resolves.toBe('');
    await expect.poll(() => row(chair, 'Collect the licence conditions').count(), POLL).toBe(1);
  });

  it('police changes the agency, owner and due date of its action; the chair sees the change', async () => {
    await row(police, 'Collect the licence conditions').getByRole('button', { name: /^Change/ }).click();
    const edit = police.page.locator('[data-edit-action]');
    await expect.poll(() => police.page.evaluate(() => document.activeElement?.textContent ?? ''), POLL).toContain('Change action');
    await edit.getByLabel('Owning agency').selectOption({ label: 'Local Authority Housing' });
    await edit.getByLabel('Named owner').fill('Helen Marsh');
    // A half-made change survives a tab switch too: the form opens again with it.
    await police.page.getByRole('tab', { name: 'Notes' }).click();
    await police.page.getByRole('tab', { name: 'Actions' }).click();
    await expect.poll(() => edit.getByLabel('Named owner').inputValue(), POLL).toBe('Helen Marsh');
    await fillDate(edit, '3', '3', '2031');
    await screenshot(police.page, 'edit-action');
    await expectNoAxeViolations(police.page, 'room with an action being changed');
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => police.page.locator('[data-edit-action]').count(), POLL).toBe(0);
    await expect.poll(() => announced(police.page, 'actions'), POLL).toBe('Action changed');
    const onChairs = row(chair, 'Collect the licence conditions');
    await expect.poll(() => onChairs.textContent(), POLL).toContain('Helen Marsh');
    await expect(onChairs.textContent()).resolves.toContain('3 March 2031');
  });

  it('the chair removes a duplicate with a reason; it leaves the room and the audit keeps the reason', async () => {
    const form = addForm(police);
    await form.getByLabel('What needs to be done').fill('Duplicate: collect licence conditions');
    await form.getByRole('button', { name: 'Add action' }).click();
    await expect.poll(() => row(chair, 'Duplicate: collect').count(), POLL).toBe(1);
    const actionId = (await row(chair, 'Duplicate: collect').getAttribute('data-action'))!;

    await row(chair, 'Duplicate: collect').getByRole('button', { name: /^Change/ }).click();
    const edit = chair.page.locator('[data-edit-action]');
    await edit.getByRole('button', { name: 'Remove action' }).click();
    // No reason: refused with an error summary.
    await edit.getByRole('button', { name: 'Remove action' }).click();
    await expect.poll(() => edit.locator('.govuk-error-summary').textContent(), POLL).toContain('Enter why you are removing this action');
    await expectNoAxeViolations(chair.page, 'removing an action, with an error');
    await edit.getByLabel('Why are you removing this action?').fill('Duplicate of the licence conditions action');
    await edit.getByRole('button', { name: 'Remove action' }).click();
    await expect.poll(() => row(police, 'Duplicate: collect').count(), POLL).toBe(0);
    await expect.poll(() => row(chair, 'Duplicate: collect').count(), POLL).toBe(0);
    await expect.poll(() => announced(chair.page, 'actions'), POLL).toBe('Action removed');
    await expect.poll(() => chair.page.evaluate(() => document.activeElement?.textContent ?? ''), POLL).toBe('Actions for this item');

    const audit = await admin.get(`/api/audit?action=action.remove&targetId=${actionId}`);
    expect(audit.status).toBe(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ userId: server.demo.users.chair._id, details: { meetingId, reason: 'Duplicate of the licence conditions action' } });
  });

  it('the decision form keeps its draft across a tab switch; an emptied decision is removed with a reason', async () => {
    await chair.page.getByRole('tab', { name: 'Decisions' }).click();
    await chair.page.getByRole('button', { name: 'Record a decision' }).click();
    await chair.page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => chair.page.locator('.govuk-error-summary').textContent(), POLL).toContain('Enter what was decided');
    await expect(chair.page.getByLabel('What was decided').getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoAxeViolations(chair.page, 'recording a decision, with an error');
    await chair.page.getByLabel('What was decided').fill('Refer to MAPPA level 2');
    await chair.page.getByRole('tab', { name: 'Notes' }).click();
    await chair.page.getByRole('tab', { name: 'Decisions' }).click();
    await expect(chair.page.getByLabel('What was decided').inputValue()).resolves.toBe('Refer to MAPPA level 2');
    await chair.page.getByRole('button', { name: 'Save decision' }).click();
    const decision = chair.page.locator('[data-decision]');
    await expect.poll(() => decision.count(), POLL).toBe(1);
    await expect.poll(() => announced(chair.page, 'decisions'), POLL).toBe('Decision 1 recorded');
    await expect.poll(() => chair.page.evaluate(() => document.activeElement?.textContent ?? ''), POLL).toBe('Decision 1');
    // A decision with content cannot be removed; emptied, it can.
    await expect(decision.getByRole('button', { name: /Remove empty decision/ }).count()).resolves.toBe(0);
    const text = decision.getByLabel('Decision', { exact: true });
    await text.click();
    await chair.page.keyboard.press('ControlOrMeta+A');
    await chair.page.keyboard.press('Delete');
    await decision.getByRole('button', { name: /Remove empty decision/ }).click();
    await expectNoAxeViolations(chair.page, 'removing an empty decision');
    await decision.getByLabel('Why are you removing decision 1?').fill('Recorded under the wrong item');
    await decision.getByRole('button', { name: 'Remove decision' }).click();
    await expect.poll(() => chair.page.locator('[data-decision]').count(), POLL).toBe(0);
    await expect.poll(() => announced(chair.page, 'decisions'), POLL).toBe('Decision 1 removed');
    const audit = await admin.get('/api/audit?action=decision.remove');
    expect(audit.body.items[0]).toMatchObject({ userId: server.demo.users.chair._id, details: { meetingId, reason: 'Recorded under the wrong item' } });
  });

  it('after the close, the agency lists carry the corrected agency, owner and due date', async () => {
    expect(chair.errors).toEqual([]);
    expect(police.errors).toEqual([]);
    expect((await chairApi.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    const housingList = await chairApi.get(`/api/meetings/${meetingId}/agency-actions/${housingAgencyId}`);
    expect(housingList.status).toBe(200);
    const corrected = (housingList.body.actions as { text: string; owner: string | null; dueDate: string | null }[]).find((a) => a.text.startsWith('Collect the licence conditions'));
    expect(corrected).toMatchObject({ owner: 'Helen Marsh', dueDate: '2031-03-03' });
    const policeList = await chairApi.get(`/api/meetings/${meetingId}/agency-actions/${server.demo.users.police.agencyId}`);
    expect((policeList.body.actions as { text: string }[]).map((a) => a.text)).not.toContain('Collect the licence conditions from the prison');
    expect(JSON.stringify(policeList.body)).not.toContain('Duplicate: collect');
  });

  it('between meetings, the author corrects the tracked action on its page; the agency sees the correction', async () => {
    const housingApi = await loginAs(server.url, 'housing', PASSWORD);
    const tracked = ((await housingApi.get('/api/actions?limit=200')).body.items as { id: string; text: string }[]).find((a) => a.text.startsWith('Collect the licence conditions'))!;
    expect(tracked).toBeDefined();
    // Police wrote it; housing owns it now. Police, as its author, may correct it.
    await police.page.goto(`${server.url}/actions/${encodeURIComponent(tracked.id)}`);
    await police.page.getByText('Correct the action’s details').click();
    const form = police.page.getByRole('form', { name: 'Correct the action’s details' });
    await form.getByLabel('Named owner').waitFor();
    await expectNoAxeViolations(police.page, '/actions/:id with the correction form open');
    await form.getByLabel('Named owner').fill('Helen Marsh (Housing Options)');
    await form.getByLabel('Day', { exact: true }).fill('10');
    await form.getByRole('button', { name: 'Save corrections' }).click();
    await expect.poll(() => police.page.locator('.govuk-notification-banner').textContent(), POLL).toContain('was corrected');
    await expectNoAxeViolations(police.page, '/actions/:id after a correction');
    const after = await housingApi.get(`/api/actions/${encodeURIComponent(tracked.id)}`);
    expect(after.body).toMatchObject({ owner: 'Helen Marsh (Housing Options)', dueDate: '2031-03-10', agencyId: housingAgencyId });
    const audit = await admin.get(`/api/audit?action=action.update&targetId=${encodeURIComponent(tracked.id)}`);
    expect(audit.body.items[0]).toMatchObject({ userId: server.demo.users.police._id, details: { fields: ['owner', 'dueDate'] } });
    expect(police.errors).toEqual([]);
  });
});
