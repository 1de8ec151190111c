// Read-only views as GOV.UK summary lists, not disabled fields (issue 10 §5), in real Chromium against a real server.
// The chair sets a risk of serious harm level, a pathway status, a day-of-release state and its action, records a
// decision binding an agency and adds an action. The observer's room while the meeting runs, and the closed room
// (the chair's and the observer's), then show every one of those values as text: no tab panel holds a disabled form
// control. Positive control: the chair's running room shows the same values in enabled controls.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../support/browser.js';
import type { ApiClient } from '../support/http.js';
import { screenshot } from './pageSupport.js';
import { POLL, startMeetingOn, startRoomSuite, type Member, type RoomSuite } from './roomSupport.js';

const CONTROLS = '[role="tabpanel"] :is(input:not([type="hidden"]), select, textarea, button)';
const DISABLED = '[role="tabpanel"] :is(input, select, textarea, button, fieldset):disabled';

/** Each tab's values as the read-only room must show them (as text, in a summary list row or a table cell). */
const EXPECTED_TEXT: { tab: string; selector: string; text: string }[] = [
  { tab: 'Risk assessment', selector: '[data-field="rosh.public"]', text: 'Medium' },
  { tab: 'Release plan', selector: '[data-pathway="accommodation"] [data-field="status"]', text: 'Need identified' },
  { tab: 'Day of release', selector: '[data-check="metAtGate"] [data-field="state"]', text: 'Confirmed' },
  { tab: 'Day of release', selector: '#check-metAtGate-action', text: 'Arrange transport from the gate' },
  { tab: 'Decisions', selector: '[data-decision] [data-readonly-value]', text: 'Housing' },
  { tab: 'Actions', selector: 'tr[data-action] [data-action-status]', text: 'In progress' },
  { tab: 'Notes', selector: '.roundtable-notes', text: 'Bed confirmed at Northgate' },
];

/** The notes editor's border: a box that looks like a field where it is editable, none where it is read-only. */
const notesBorder = (page: Page) => page.locator('.roundtable-notes__editor').first().evaluate((node) => getComputedStyle(node).borderTopWidth);

describeBrowser('read-only views as summary lists (browser)', () => {
  let suite: RoomSuite;
  let meetingId: string;
  let daniel: string;
  let chairApi: ApiClient;
  let chair: Member;
  let observer: Member;

  const openTab = async (page: Page, name: string) => {
    const tab = page.getByRole('tab', { name, exact: true });
    await tab.click();
    await expect.poll(() => tab.getAttribute('aria-selected'), POLL).toBe('true');
    await expect.poll(() => page.locator('[role="tabpanel"]').getByText(/^Loading|^Checking your access/).count(), POLL).toBe(0);
  };

  /** Every tab of the item: no disabled control anywhere, and the values above as text. */
  async function expectReadOnlyAsText(member: Member, label: string) {
    const tabs = await member.page.getByRole('tab').allTextContents();
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    for (const name of tabs) {
      await openTab(member.page, name);
      const disabled = await member.page.locator(DISABLED).evaluateAll((nodes) => nodes.map((node) => node.outerHTML.slice(0, 160)));
      expect(disabled, `${label}, tab "${name}": disabled controls`).toEqual([]);
      if (name === 'Notes') expect(await notesBorder(member.page), `${label}: read-only notes drawn as a field`).toBe('0px');
      for (const expected of EXPECTED_TEXT.filter((entry) => entry.tab === name)) {
        await expect.poll(() => member.page.locator(expected.selector).first().textContent(), POLL).toContain(expected.text);
        // Text, not a control carrying the value.
        expect(await member.page.locator(expected.selector).first().evaluate((node) => node.matches('select, input, textarea') || node.querySelector('select, input, textarea') !== null)).toBe(false);
      }
    }
    await screenshot(member.page, `read-only-${label}`);
  }

  beforeAll(async () => {
    suite = await startRoomSuite();
    meetingId = suite.meetingId;
    ({ daniel, chairApi } = suite);
    chair = await suite.join('chair');
    observer = await suite.join('observer');
  });

  afterAll(() => suite?.stop());

  it('the chair records each kind of value through enabled controls (positive control)', async () => {
    await startMeetingOn(chair, [observer]);

    const riskChange = await chairApi.post(`/api/meetings/${meetingId}/people/${daniel}/risk-levels`, { group: 'public', level: 'medium', reason: 'New intelligence from the police' });
    expect(riskChange.status).toBe(201);
    const added = await chairApi.post(`/api/meetings/${meetingId}/actions`, {
      text: 'Arrange transport from the gate',
      agencyId: suite.server.demo.users.housing.agencyId,
      owner: 'Helen Marsh',
      personId: daniel,
    });
    expect(added.status).toBe(201);
    expect((await chairApi.patch(`/api/meetings/${meetingId}/actions/${added.body.id}`, { status: 'in-progress' })).status).toBe(200);

    await openTab(chair.page, 'Notes');
    await chair.page.locator('.roundtable-notes__editor').click();
    await chair.page.keyboard.type('Bed confirmed at Northgate');
    expect(await notesBorder(chair.page)).toBe('2px');
    await openTab(chair.page, 'Risk assessment');
    await expect.poll(() => chair.page.locator('#rosh-public').inputValue(), POLL).toBe('medium');
    await openTab(chair.page, 'Release plan');
    await chair.page.locator('#pathway-accommodation-status').selectOption('need');
    await openTab(chair.page, 'Day of release');
    await chair.page.locator('#check-metAtGate-state').selectOption('confirmed');
    await chair.page.locator('#check-metAtGate-action').selectOption({ label: 'Arrange transport from the gate' });
    await openTab(chair.page, 'Decisions');
    await chair.page.getByRole('button', { name: 'Record a decision' }).click();
    await chair.page.getByLabel('What was decided').fill('Housing to confirm the approved premises bed');
    await chair.page.getByRole('checkbox', { name: 'Housing' }).check();
    await chair.page.getByRole('button', { name: 'Save decision' }).click();
    await expect.poll(() => chair.page.locator('[data-decision]').count(), POLL).toBe(1);
    await expect(chair.page.locator('[data-decision] input[type="checkbox"]:checked').count()).resolves.toBe(1);

    // The editable room shows the same values in controls the selectors below find.
    for (const name of ['Risk assessment', 'Release plan', 'Day of release', 'Decisions', 'Actions']) {
      await openTab(chair.page, name);
      expect(await chair.page.locator(CONTROLS).count(), `chair's "${name}" tab has controls`).toBeGreaterThan(0);
    }
    await expect.poll(() => chair.page.locator('tr[data-action] select').first().inputValue(), POLL).toBe('in-progress');
  });

  it("the observer's room shows every value as text, with no disabled control in any tab", async () => {
    await expect.poll(() => observer.page.locator('[data-save-state]').getAttribute('data-save-state'), POLL).toBe('read-only');
    await expectReadOnlyAsText(observer, 'observer');
  });

  it('the closed room shows every value as text, to the chair and to the observer', async () => {
    expect((await chairApi.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    for (const member of [chair, observer]) {
      await expect.poll(() => member.page.locator('[data-meeting-state]').getAttribute('data-meeting-state'), POLL).toBe('closed');
      await expectReadOnlyAsText(member, `closed-${member.name}`);
    }
    for (const member of [chair, observer]) expect(member.errors, member.name).toEqual([]);
  });
});
