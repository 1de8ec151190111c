// Taken off a meeting while its room is open (real Chromium, real server): the server sends the room's socket
// access:revoked; the page says the access was removed and shows nothing of the meeting any more, while an attendee who
// is still invited keeps the room.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBrowser, ensureClientBuilt, launchBrowser } from '../support/browser.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { joinRoom, POLL, type Member } from './roomSupport.js';

describeBrowser('access removed while the room is open (browser)', () => {
  let server: TestServer;
  let browser: Browser;
  let chair: ApiClient;

  beforeAll(async () => {
    ensureClientBuilt();
    server = await startTestServer();
    browser = await launchBrowser();
    chair = await loginAs(server.url, 'chair', PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  describe('when the chair takes housing off the attendees', () => {
    const members: Member[] = [];
    afterAll(async () => {
      for (const member of members) await member.context.close();
    });

    it('housing is told and sees none of the meeting; probation keeps the room', async () => {
      const meeting = server.demo.meeting;
      const housing = await joinRoom(browser, server.url, meeting._id, 'housing');
      const probation = await joinRoom(browser, server.url, meeting._id, 'probation');
      // Both hold the room before the change (joinRoom waits for its agenda).
      members.push(housing, probation);

      const attendeeIds = meeting.attendeeIds.filter((id) => id !== server.demo.users.housing._id);
      expect((await chair.patch(`/api/meetings/${meeting._id}`, { attendeeIds })).status).toBe(200);

      const notice = housing.page.getByTestId('access-revoked');
      await notice.waitFor();
      expect(await notice.textContent()).toContain('Your access to this meeting has been removed');
      await expect.poll(() => housing.page.getByRole('heading', { name: 'Agenda' }).count(), POLL).toBe(0);
      await expect.poll(() => housing.page.locator('#item-title').count(), POLL).toBe(0);

      // The attendee still invited is not affected.
      expect(await probation.page.getByTestId('access-revoked').count()).toBe(0);
      await probation.page.getByRole('heading', { name: 'Agenda' }).waitFor();
    });
  });
});
