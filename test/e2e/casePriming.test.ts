// The next case ahead of time, within three WebSockets (issue 10 §6), in real Chromium against a real server: the REST
// case snapshots prime the page's copy of every case it may open, so when the chair moves on, the new case shows at once,
// before (here: without) its own socket delivering anything. Housing's socket for Kayleigh Brennan's case is routed to
// nowhere (Playwright's routeWebSocket, never connected to the server); the text written into her case still shows.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { CASE, caseDocName } from '../../shared/live/layout.js';
import { describeBrowser } from '../support/browser.js';
import { agendaButton, itemHeading, POLL, startMeetingOn, startRoomSuite, type Member, type RoomSuite } from './roomSupport.js';

const WRITTEN = 'Known to the domestic abuse unit since 2019';

describeBrowser('the next case primed from the REST snapshots (browser)', () => {
  let suite: RoomSuite;
  let chair: Member;
  let housing: Member;
  let kayleigh: { title: string; personId: string };
  const routed: string[] = [];

  beforeAll(async () => {
    suite = await startRoomSuite();
    const item = suite.server.demo.meeting.agenda.find((entry) => entry.title.startsWith('Kayleigh'))!;
    kayleigh = { title: item.title, personId: item.personId! };
    await suite.server.services.documents.change(caseDocName(suite.meetingId, kayleigh.personId), (doc) => {
      (doc.getMap(CASE.risk).get('whoAtRisk') as Y.Text).insert(0, WRITTEN);
    });
    chair = await suite.join('chair');
    housing = await suite.join('housing');
    // Kayleigh Brennan's case socket on housing's page goes nowhere: it opens, and nothing ever comes back.
    await housing.page.routeWebSocket(new RegExp(`/yjs/${caseDocName(suite.meetingId, kayleigh.personId).replace(/\./g, '\\.')}$`), (route) => {
      routed.push(route.url());
    });
    await housing.page.reload();
    await housing.page.getByRole('heading', { name: 'Agenda' }).waitFor();
    await startMeetingOn(chair, [housing]);
  });

  afterAll(() => suite?.stop());

  it('shows the next case’s content at once, though its socket never delivers a byte', async () => {
    await agendaButton(chair, 'Kayleigh Brennan').click();
    await expect.poll(() => itemHeading(housing), POLL).toBe(kayleigh.title);
    await expect.poll(() => housing.page.getByLabel('Who is at risk', { exact: true }).inputValue().catch(() => ''), POLL).toBe(WRITTEN);
    // Its socket was asked for, and was the routed one (so the text came from the snapshot). The page may open it a
    // moment after painting the snapshot, so wait for the route to see it.
    await expect.poll(() => routed.length, POLL).toBeGreaterThan(0);
    // Positive control: the chair, whose socket is not routed, shows the same text.
    await expect.poll(() => chair.page.getByLabel('Who is at risk', { exact: true }).inputValue(), POLL).toBe(WRITTEN);
  });
});
