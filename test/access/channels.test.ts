// Need-to-know on every channel: housing does not take part in Daniel Hughes's item, so no byte of his
// case (notes, decision, action) or of his restricted section reaches housing over Yjs, REST, Socket.IO,
// the minutes (JSON, HTML, PDF), its agency list (JSON, PDF, CSV) or its e-mail, while police (who takes
// part) receives them: the positive control that each channel does carry them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { caseDocName, meetingDocName, notesFragmentName, RESTRICTED, restrictedDocName } from '../../shared/live/layout.js';
import { download, pdfPages, waitFor as waitForClose } from '../close/support.js';
import { controlClient, connected, closeAllClients } from '../live/controlSupport.js';
import { connectDoc, waitFor } from '../live/support.js';
import { loginAs, type ApiClient } from '../support/http.js';
import { PASSWORD, startTestServer, type TestServer } from '../support/server.js';
import { messageText, pdfAttachment, startSmtp, type TestSmtp } from '../support/smtp.js';

const NOTE = 'NOTE-7Q2: disclosed threats towards his sister';
const DECISION = 'DECISION-4K8: refer to MAPPA level 2';
const ACTION = 'ACTION-9Z3: check the exclusion zone address';
const RESTRICTED_TEXT = 'RESTRICTED-5W1: victim lives at the address named by police';
const MARKERS = [NOTE, DECISION, ACTION, RESTRICTED_TEXT];
const CASE_MARKERS = [NOTE, DECISION, ACTION];

function leaked(text: string, markers = MARKERS): string[] {
  return markers.filter((marker) => text.includes(marker) || text.includes(marker.slice(0, 10)));
}

/** A y-websocket client that keeps every byte the server sends it. */
function recordingDoc(url: string, cookie: string, docName: string) {
  const received: Buffer[] = [];
  class Recording extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
      this.on('message', (data: Buffer) => received.push(Buffer.from(data)));
    }
  }
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace(/^http/, 'ws')}/yjs`, docName, doc, { WebSocketPolyfill: Recording as never, disableBc: true });
  const synced = new Promise<void>((resolve) => provider.on('sync', (ok: boolean) => ok && resolve()));
  return { doc, provider, synced, bytes: () => Buffer.concat(received).toString('utf8') };
}

async function cookieOf(client: ApiClient): Promise<string> {
  return client.cookie;
}

let server: TestServer;
let smtp: TestSmtp;
let chair: ApiClient;
let housing: ApiClient;
let police: ApiClient;
let meetingId: string;
let daniel: { itemId: string; personId: string };
let agency: { police: string; housing: string; probation: string };
const sockets: { housing: string[]; police: string[] } = { housing: [], police: [] };
const yjs: ReturnType<typeof recordingDoc>[] = [];

beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({
    smtp: { host: '127.0.0.1', port: smtp.port, secure: false, allowPlaintext: true, from: 'Roundtable <roundtable@example.test>' },
    mail: { pollIntervalMs: 100, maxAttempts: 3, retryBaseMs: 100 },
  });
  meetingId = server.demo.meeting._id;
  const item = server.demo.meeting.agenda.find((i) => i.title.startsWith('Daniel'))!;
  daniel = { itemId: item.id, personId: item.personId! };
  const { users } = server.demo;
  agency = { police: users.police.agencyId, housing: users.housing.agencyId, probation: users.probation.agencyId };
  chair = await loginAs(server.url, 'chair', PASSWORD);
  housing = await loginAs(server.url, 'housing', PASSWORD);
  police = await loginAs(server.url, 'police', PASSWORD);

  expect((await chair.post(`/api/meetings/${meetingId}/start`)).status).toBe(200);
  expect((await chair.put(`/api/meetings/${meetingId}/items/${daniel.itemId}/agencies`, { agencyIds: [agency.probation, agency.police] })).status).toBe(200);

  // Both agencies are in the room before anything is written: every later byte would reach them.
  for (const [name, client] of [['housing', housing], ['police', police]] as const) {
    const socket = controlClient(server.url, await cookieOf(client));
    socket.onAny((event: string, payload: unknown) => sockets[name].push(`${event} ${JSON.stringify(payload)}`));
    await connected(socket);
    const joined = await socket.emitWithAck('meeting:join', { meetingId });
    expect(joined).not.toHaveProperty('error');
  }
  const housingMeeting = recordingDoc(server.url, housing.cookie, meetingDocName(meetingId));
  const policeCase = recordingDoc(server.url, police.cookie, caseDocName(meetingId, daniel.personId));
  yjs.push(housingMeeting, policeCase);
  await Promise.all([housingMeeting.synced, policeCase.synced]);

  await server.services.documents.change(caseDocName(meetingId, daniel.personId), (doc) => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(NOTE)]);
    doc.getXmlFragment(notesFragmentName(daniel.itemId)).insert(0, [paragraph]);
    const decision = new Y.Map<unknown>();
    doc.getMap('decisions').set('decision-marker', decision);
    decision.set('itemId', daniel.itemId);
    decision.set('personId', daniel.personId);
    decision.set('text', new Y.Text(DECISION));
    decision.set('rationale', new Y.Text('Risk is escalating'));
    decision.set('agencyIds', [agency.police]);
  });
  await server.services.documents.change(restrictedDocName(meetingId, daniel.personId), (doc) =>
    (doc.getMap(RESTRICTED.sections).get('victimSafety') as Y.Text).insert(0, RESTRICTED_TEXT),
  );
  const action = await chair.post(`/api/meetings/${meetingId}/actions`, { text: ACTION, agencyId: agency.police, personId: daniel.personId, itemId: daniel.itemId, dueDate: '2031-01-10' });
  expect(action.status).toBe(201);
  // A housing action on another case, so housing's list and e-mail exist and are not empty.
  const kayleigh = server.demo.meeting.agenda.find((i) => i.title.startsWith('Kayleigh'))!.personId!;
  expect((await chair.post(`/api/meetings/${meetingId}/actions`, { text: 'Book a hostel bed', agencyId: agency.housing, personId: kayleigh, dueDate: '2031-01-11' })).status).toBe(201);
  await waitFor(() => leaked(policeCase.bytes(), CASE_MARKERS).length === CASE_MARKERS.length, 20_000, 'police to receive the case');
});

afterAll(async () => {
  closeAllClients();
  for (const client of yjs) {
    client.provider.destroy();
    client.doc.destroy();
  }
  await server?.stop();
  await smtp?.close();
});

describe('while the meeting runs', () => {
  it('Yjs: housing’s meeting document carries none of the case, and its case and restricted documents are refused', async () => {
    const [housingMeeting, policeCase] = yjs;
    expect(leaked(housingMeeting.bytes())).toEqual([]);
    expect(leaked(policeCase.bytes(), CASE_MARKERS)).toEqual(CASE_MARKERS);
    for (const name of [caseDocName(meetingId, daniel.personId), restrictedDocName(meetingId, daniel.personId)]) {
      const attempt = connectDoc(server.url, housing.cookie, name);
      try {
        expect((await attempt.refused).code).toBe(4403);
        expect(leaked(JSON.stringify(attempt.doc.toJSON()))).toEqual([]);
      } finally {
        attempt.destroy();
      }
    }
  });

  it('REST: nothing of the case in housing’s meeting, actions or people answers', async () => {
    const answers = await Promise.all(
      [`/api/meetings/${meetingId}`, '/api/meetings', '/api/actions?limit=200', `/api/people/${daniel.personId}`, '/api/people?limit=200'].map((path) => housing.get(path)),
    );
    for (const answer of answers) expect(leaked(JSON.stringify(answer.body))).toEqual([]);
    expect((await housing.get(`/api/meetings/${meetingId}/restricted/${daniel.personId}`)).status).toBe(403);
  });

  it('REST reads of the live documents: none of the case or its restricted section for housing; the case for police', async () => {
    const decoded = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');
    const caseDoc = caseDocName(meetingId, daniel.personId);
    for (const name of [caseDoc, restrictedDocName(meetingId, daniel.personId)]) {
      for (const read of ['snapshot', 'state-vector']) {
        const answer = await housing.get(`/api/live/${read}?doc=${encodeURIComponent(name)}`);
        expect(answer.status, `${read} of ${name}`).toBe(404);
        expect(leaked(JSON.stringify(answer.body))).toEqual([]);
      }
    }
    const snapshots = await housing.get(`/api/meetings/${meetingId}/case-snapshots`);
    expect(snapshots.status).toBe(200);
    const items = snapshots.body.items as { doc: string; update: string }[];
    expect(items.map((item) => item.doc)).not.toContain(caseDoc);
    expect(leaked(items.map((item) => decoded(item.update)).join('\n'))).toEqual([]);
    // Positive control: police, who takes part, reads the case whole (and not the restricted section).
    const policeCopy = await police.get(`/api/live/snapshot?doc=${encodeURIComponent(caseDoc)}`);
    expect(policeCopy.status).toBe(200);
    expect(leaked(decoded(policeCopy.body.update), CASE_MARKERS)).toEqual(CASE_MARKERS);
    expect(leaked(decoded(policeCopy.body.update), [RESTRICTED_TEXT])).toEqual([]);
  });
});

describe('after the close', () => {
  beforeAll(async () => {
    expect((await chair.post(`/api/meetings/${meetingId}/close`)).status).toBe(200);
    await waitForClose('every e-mail sent', async () => {
      const list = (await chair.get(`/api/meetings/${meetingId}/emails`)).body.items as { state: string }[];
      return list.length > 0 && list.every((e) => e.state === 'sent');
    });
  });

  it('minutes in JSON, HTML and PDF: none of the case for housing, all of it for police', async () => {
    for (const [client, expected] of [[housing, []], [police, CASE_MARKERS]] as const) {
      const json = await client.get(`/api/meetings/${meetingId}/minutes`);
      expect(json.status).toBe(200);
      const html = await download(client, `/api/meetings/${meetingId}/minutes?format=html`);
      const pdf = await download(client, `/api/meetings/${meetingId}/minutes?format=pdf`);
      expect(pdf.status).toBe(200);
      const text = [JSON.stringify(json.body), html.body.toString('utf8'), (await pdfPages(pdf.body)).join('\n')].join('\n');
      expect(leaked(text, CASE_MARKERS).sort()).toEqual([...expected].sort());
      expect(leaked(text, [RESTRICTED_TEXT])).toEqual([]);
    }
  });

  it('agency lists in JSON, PDF and CSV: housing’s has none of the case, police’s has its action', async () => {
    for (const [client, agencyId, expected] of [[housing, agency.housing, []], [police, agency.police, [ACTION]]] as const) {
      const base = `/api/meetings/${meetingId}/agency-actions/${agencyId}`;
      const json = await client.get(base);
      expect(json.status).toBe(200);
      const pdf = await download(client, `${base}?format=pdf`);
      const csv = await download(client, `${base}?format=csv`);
      const text = [JSON.stringify(json.body), (await pdfPages(pdf.body)).join('\n'), csv.body.toString('utf8')].join('\n');
      expect(leaked(text, [NOTE, ACTION, RESTRICTED_TEXT])).toEqual(expected);
    }
  });

  it('e-mail: housing’s message and PDF carry none of the case; police’s carries its action', async () => {
    const contacts = (await chair.get('/api/agencies?limit=50')).body.items as { _id: string; contactEmail: string }[];
    const messageFor = (agencyId: string) => smtp.received.find((m) => m.to.includes(contacts.find((a) => a._id === agencyId)!.contactEmail));
    for (const [agencyId, expected] of [[agency.housing, []], [agency.police, [ACTION]]] as const) {
      const message = messageFor(agencyId);
      expect(message, agencyId).toBeDefined();
      const pdf = pdfAttachment(message!.raw);
      const text = messageText(message!.raw) + (pdf ? (await pdfPages(pdf.data)).join('\n') : '');
      expect(leaked(text, [NOTE, ACTION, RESTRICTED_TEXT])).toEqual(expected);
    }
  });

  it('Socket.IO: what reached either agency’s room carries no case content, though both heard the meeting', () => {
    for (const name of ['housing', 'police'] as const) {
      expect(sockets[name].some((event) => event.startsWith('meeting:state'))).toBe(true);
      expect(leaked(sockets[name].join('\n'))).toEqual([]);
    }
  });
});
