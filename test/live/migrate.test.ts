// Layout migration: a meeting document stored in layout 1 (every case's notes, decisions and actions in the meeting
// document, real titles on the agenda) is migrated when loaded. The case content arrives in each person's case
// document and leaves the meeting document; nothing is lost, and a restart migrates nothing twice.
import * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  caseDocName,
  layoutVersionOf,
  MEETING,
  meetingDocName,
  notesFragmentName,
  readLiveActions,
  readAgenda,
  readDecisions,
  readItemTitles,
} from '../../shared/live/layout.js';
import { xmlFragmentToText } from '../../server/services/close/notesText.js';
import { storedRecords, storeUpdates } from '../support/documentLog.js';
import { startTestServer, type TestServer } from '../support/server.js';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.stop();
});

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function entry(values: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(values)) map.set(key, value);
  return map;
}

/** A meeting document as layout 1 wrote it. */
function layoutOneDoc(agenda: { id: string; title: string; kind: string; personId?: string }[], agencyId: string): Y.Doc {
  const doc = new Y.Doc();
  const [standing, daniel, kayleigh] = agenda;
  doc.transact(() => {
    const items = doc.getMap<Y.Map<unknown>>(MEETING.agendaItems);
    for (const item of agenda) items.set(item.id, entry(item));
    doc.getArray<string>(MEETING.agendaOrder).push(agenda.map((item) => item.id));
    doc.getMap(MEETING.control).set('state', 'running');
    doc.getMap(MEETING.control).set('currentItemId', daniel.id);
    const actions = doc.getMap<Y.Map<unknown>>(MEETING.actions);
    const action = (id: string, text: string, extra: Record<string, unknown>) =>
      actions.set(id, entry({ id, text: new Y.Text(text), agencyId, status: 'open', createdBy: 'u', createdAt: '2026-01-01T00:00:00Z', ...extra }));
    action('a-daniel', 'DANIEL-ACTION book the hostel', { personId: daniel.personId, itemId: daniel.id, pathway: 'accommodation' });
    action('a-kayleigh-by-item', 'KAYLEIGH-ACTION recorded under her item', { itemId: kayleigh.id });
    action('a-standing', 'STANDING-ACTION chase last month’s actions', { itemId: standing.id });
    const decisions = doc.getMap<Y.Map<unknown>>(MEETING.decisions);
    decisions.set('d-daniel', entry({ itemId: daniel.id, personId: daniel.personId, text: new Y.Text('DANIEL-DECISION approved premises'), rationale: new Y.Text('risk to a known adult'), agencyIds: [agencyId] }));
    decisions.set('d-standing', entry({ itemId: standing.id, text: new Y.Text('STANDING-DECISION keep the panel weekly'), rationale: new Y.Text(''), agencyIds: [] }));
    doc.getXmlFragment(notesFragmentName(daniel.id)).insert(0, [paragraph('DANIEL-NOTES hostel bed unlikely')]);
    doc.getXmlFragment(notesFragmentName(kayleigh.id)).insert(0, [paragraph('KAYLEIGH-NOTES lives with her mother')]);
    doc.getXmlFragment(notesFragmentName(standing.id)).insert(0, [paragraph('STANDING-NOTES two actions overdue')]);
  });
  return doc;
}

const bytesContain = (state: Uint8Array, text: string) => Buffer.from(state).includes(Buffer.from(text, 'utf8'));

describe('migrating a layout-1 meeting document on load', () => {
  it('moves case notes, decisions, actions and real titles into the case documents, losing nothing', async () => {
    const server = await startTestServer();
    servers.push(server);
    const meeting = server.demo.meeting;
    const [standing, daniel, kayleigh] = meeting.agenda;
    const name = meetingDocName(meeting._id);
    expect(await storedRecords(server.store, name)).toEqual([]);
    const old = layoutOneDoc(meeting.agenda, server.demo.users.probation.agencyId);
    await storeUpdates(server.store, name, [Y.encodeStateAsUpdate(old)]);

    // Loading a case document first must migrate its meeting document first (and not deadlock).
    const danielDoc = caseDocName(meeting._id, daniel.personId!);
    const danielView = await server.services.documents.read(danielDoc, (doc) => ({
      actions: readLiveActions(doc),
      decisions: readDecisions(doc),
      notes: xmlFragmentToText(doc.getXmlFragment(notesFragmentName(daniel.id))),
      titles: readItemTitles(doc),
    }));
    expect(danielView.actions.map((a) => a.id)).toEqual(['a-daniel']);
    expect(danielView.actions[0]).toMatchObject({ text: 'DANIEL-ACTION book the hostel', pathway: 'accommodation', personId: daniel.personId });
    expect(danielView.decisions).toEqual([expect.objectContaining({ id: 'd-daniel', text: 'DANIEL-DECISION approved premises', rationale: 'risk to a known adult' })]);
    expect(danielView.notes).toBe('DANIEL-NOTES hostel bed unlikely');
    expect(danielView.titles).toEqual({ [daniel.id]: daniel.title });

    const kayleighView = await server.services.documents.read(caseDocName(meeting._id, kayleigh.personId!), (doc) => ({
      actions: readLiveActions(doc).map((a) => a.text),
      notes: xmlFragmentToText(doc.getXmlFragment(notesFragmentName(kayleigh.id))),
    }));
    expect(kayleighView).toEqual({ actions: ['KAYLEIGH-ACTION recorded under her item'], notes: 'KAYLEIGH-NOTES lives with her mother' });

    const meetingView = await server.services.documents.read(name, (doc) => ({
      version: layoutVersionOf(doc),
      agenda: readAgenda(doc),
      actions: readLiveActions(doc).map((a) => a.id),
      decisions: readDecisions(doc).map((d) => d.id),
      standingNotes: xmlFragmentToText(doc.getXmlFragment(notesFragmentName(standing.id))),
      state: Y.encodeStateAsUpdate(doc),
    }));
    expect(meetingView.version).toBe(2);
    expect(meetingView.actions).toEqual(['a-standing']);
    expect(meetingView.decisions).toEqual(['d-standing']);
    expect(meetingView.standingNotes).toBe('STANDING-NOTES two actions overdue');
    expect(meetingView.agenda.map((item) => item.title)).toEqual([standing.title, 'Case 1', 'Case 2', 'Case 3', meeting.agenda[4].title, meeting.agenda[5].title]);
    for (const marker of ['DANIEL-', 'KAYLEIGH-', 'Daniel Hughes', 'Kayleigh Brennan']) expect(bytesContain(meetingView.state, marker), marker).toBe(false);
    expect(bytesContain(meetingView.state, 'STANDING-NOTES')).toBe(true);

    // After a restart the documents load as migrated, nothing copied twice; the stored records of the meeting
    // document were compacted, so the moved content is gone from them too.
    await server.stop();
    const again = await startTestServer({ dataDir: server.dataDir });
    servers.push(again);
    const stored = await storedRecords(again.store, name);
    expect(stored.length).toBeGreaterThan(0);
    for (const record of stored) expect(bytesContain(record.update, 'DANIEL-')).toBe(false);
    const notesAgain = await again.services.documents.read(danielDoc, (doc) => ({
      notes: xmlFragmentToText(doc.getXmlFragment(notesFragmentName(daniel.id))),
      actions: readLiveActions(doc).length,
    }));
    expect(notesAgain).toEqual({ notes: 'DANIEL-NOTES hostel bed unlikely', actions: 1 });
    expect(await again.services.documents.read(name, (doc) => readLiveActions(doc).map((a) => a.id))).toEqual(['a-standing']);
  });
});
