// validateUpdate against real documents built with the layout's init functions: legitimate edits pass,
// writes into server-owned types, unknown keys, wrong value types and oversize values are refused.
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addLiveAction,
  CASE,
  initCaseDoc,
  initMeetingDoc,
  initRestrictedDoc,
  MEETING,
  notesFragmentName,
  readLiveActions,
  removeLiveAction,
  RESTRICTED,
  updateLiveAction,
  type DocKind,
} from '../../../shared/live/layout.js';
import { docRules } from './layoutRules.js';
import { validateUpdate } from './validateUpdate.js';

const AGENDA = [
  { id: 'item-1', title: 'Welcome', kind: 'standing' as const },
  { id: 'item-2', title: 'A case', kind: 'case' as const, personId: 'person-1' },
];

const ACTION = { id: 'action-1', text: 'Book a room', agencyId: 'agency-1', status: 'open' as const, createdBy: 'user-1', createdAt: '2026-01-01T00:00:00Z' };

/** A decision as the room records one (client/src/live/addDecision.ts). */
function addDecision(doc: Y.Doc, id: string, itemId: string): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    doc.getMap(MEETING.decisions).set(id, map);
    map.set('itemId', itemId);
    map.set('text', new Y.Text('Agreed'));
    map.set('rationale', new Y.Text());
    map.set('agencyIds', ['agency-1']);
    map.set('createdAt', '2026-01-01T00:00:00Z');
  });
}

/** The server's document, with one action and one decision written by the server. */
function serverDoc(kind: DocKind): Y.Doc {
  const doc = new Y.Doc();
  if (kind === 'meeting') initMeetingDoc(doc, AGENDA);
  else if (kind === 'case') initCaseDoc(doc);
  else initRestrictedDoc(doc);
  if (kind !== 'restricted') {
    addLiveAction(doc, { ...ACTION, ...(kind === 'case' ? { personId: 'person-1', itemId: 'item-2' } : {}) });
    addDecision(doc, 'decision-0', kind === 'case' ? 'item-2' : 'item-1');
  }
  return doc;
}

function clientOf(server: Y.Doc): Y.Doc {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return client;
}

/** What a client's change would send: the incremental update of its transaction. */
function changeOf(client: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array {
  let captured: Uint8Array | null = null;
  const listener = (update: Uint8Array) => (captured = update);
  client.on('update', listener);
  client.transact(() => fn(client));
  client.off('update', listener);
  if (!captured) throw new Error('the change changed nothing');
  return captured;
}

/** Validates as the server would, and applies the update when it is accepted. */
function check(kind: DocKind, server: Y.Doc, update: Uint8Array, canControl = false) {
  const result = validateUpdate(server, update, docRules(kind, { canControl }));
  if (result.ok) Y.applyUpdate(server, update);
  return result;
}

/** A change by a client that has just synced with the server. */
function change(server: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array {
  return changeOf(clientOf(server), fn);
}

/** An update with no content and one delete range, as a hostile client could send. */
function forgeDeletion(client: number, clock: number, len: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // no structs
  encoding.writeVarUint(encoder, 1); // one client in the delete set
  encoding.writeVarUint(encoder, client);
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clock);
  encoding.writeVarUint(encoder, len);
  return encoding.toUint8Array(encoder);
}

const actionMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(MEETING.actions).get('action-1')!;
const decisionMap = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(MEETING.decisions).get('decision-0')!;

describe('validateUpdate: meeting document', () => {
  it('accepts notes and decisions, and edits of a decision (positive controls)', () => {
    const server = serverDoc('meeting');
    const notes = change(server, (doc) => {
      const paragraph = new Y.XmlElement('paragraph');
      doc.getXmlFragment(notesFragmentName('item-1')).insert(0, [paragraph]);
      paragraph.insert(0, [new Y.XmlText('Minutes')]);
    });
    expect(check('meeting', server, notes)).toEqual({ ok: true });
    const decision = change(server, (doc) => {
      const map = new Y.Map<unknown>();
      doc.getMap(MEETING.decisions).set('decision-1', map);
      map.set('itemId', 'item-1');
      map.set('text', new Y.Text('Agreed'));
      map.set('rationale', new Y.Text());
      map.set('agencyIds', ['agency-1']);
      map.set('createdAt', '2026-01-01T00:00:00Z');
    });
    expect(check('meeting', server, decision)).toEqual({ ok: true });
    const text = change(server, (doc) => (decisionMap(doc).get('text') as Y.Text).insert(0, 'Fully '));
    expect(check('meeting', server, text)).toEqual({ ok: true });
    const agencies = change(server, (doc) => decisionMap(doc).set('agencyIds', ['agency-1', 'agency-2']));
    expect(check('meeting', server, agencies)).toEqual({ ok: true });
    // Applied, then overwritten again: the second update finds its map through the item it replaces.
    const again = change(server, (doc) => decisionMap(doc).set('agencyIds', ['agency-2']));
    expect(check('meeting', server, again)).toEqual({ ok: true });
    const wrong = change(server, (doc) => decisionMap(doc).set('agencyIds', 'everyone'));
    expect(check('meeting', server, wrong)).toMatchObject({ ok: false, reason: expect.stringContaining('decisions.decision-0.agencyIds') });
  });

  it('refuses writes into the server-owned control and attendance maps, and deletions there', () => {
    const server = serverDoc('meeting');
    const state = change(server, (doc) => doc.getMap(MEETING.control).set('state', 'closed'));
    expect(check('meeting', server, state, true)).toMatchObject({ ok: false, reason: expect.stringContaining('server only: control') });
    const attendance = change(server, (doc) => doc.getMap(MEETING.attendance).set('user-1', { displayName: 'Me' }));
    expect(check('meeting', server, attendance, true)).toMatchObject({ ok: false, reason: expect.stringContaining('attendance') });
    const deletion = change(server, (doc) => doc.getMap(MEETING.control).delete('currentItemId'));
    expect(check('meeting', server, deletion, true)).toMatchObject({ ok: false, reason: expect.stringContaining('control') });
  });

  it('accepts a full sync step 2 whose delete set repeats the server’s own past deletions', () => {
    const server = serverDoc('meeting');
    server.transact(() => server.getMap(MEETING.control).set('state', 'running'), 'server');
    const client = clientOf(server);
    (client.getXmlFragment(notesFragmentName('item-2')) as Y.XmlFragment).insert(0, [new Y.XmlText('x')]);
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0);
    expect(check('meeting', server, step2)).toEqual({ ok: true });
  });

  it('refuses unknown top-level keys, wrong value types and oversize values', () => {
    const server = serverDoc('meeting');
    expect(check('meeting', server, change(server, (doc) => doc.getMap('evil').set('x', 1)))).toMatchObject({ ok: false, reason: expect.stringContaining('unknown top-level key') });
    expect(check('meeting', server, change(server, (doc) => decisionMap(doc).set('itemId', 42)))).toMatchObject({ ok: false, reason: expect.stringContaining('expected a string') });
    expect(check('meeting', server, change(server, (doc) => decisionMap(doc).set('createdBy', 'a'.repeat(20_000))))).toMatchObject({ ok: false });
    expect(check('meeting', server, change(server, (doc) => decisionMap(doc).set('text', 'plain')))).toMatchObject({ ok: false, reason: expect.stringContaining('expected a shared text') });
    expect(check('meeting', server, change(server, (doc) => (decisionMap(doc).get('text') as Y.Text).insert(0, 'x'.repeat(20_000))))).toMatchObject({ ok: false, reason: expect.stringContaining('too large') });
    expect(check('meeting', server, change(server, (doc) => decisionMap(doc).set('secret', 'x')))).toMatchObject({ ok: false, reason: expect.stringContaining('unknown field') });
    const nested = change(server, (doc) => {
      const decision = new Y.Map<unknown>();
      doc.getMap(MEETING.decisions).set('decision-2', decision);
      decision.set('itemId', 7);
    });
    expect(check('meeting', server, nested)).toMatchObject({ ok: false, reason: expect.stringContaining('decisions.decision-2.itemId') });
  });

  it('lets only those who control the meeting move the agenda', () => {
    const server = serverDoc('meeting');
    const move = change(server, (doc) => {
      const order = doc.getArray<string>(MEETING.agendaOrder);
      order.delete(0, 1);
      order.insert(1, ['item-1']);
    });
    expect(check('meeting', server, move, false)).toMatchObject({ ok: false, reason: expect.stringContaining('only the chair') });
    expect(check('meeting', server, move, true)).toEqual({ ok: true });
    const tooMany = change(server, (doc) => doc.getArray<string>(MEETING.agendaOrder).push(Array.from({ length: 600 }, (_, i) => `x${i}`)));
    expect(check('meeting', server, tooMany, true)).toMatchObject({ ok: false, reason: expect.stringContaining('too large') });
  });

  it('asks for a resync when an update depends on content the server does not hold', () => {
    const server = serverDoc('meeting');
    const other = clientOf(server);
    const unseen = changeOf(other, (doc) => (decisionMap(doc).get('text') as Y.Text).insert(0, 'unseen '));
    const client = clientOf(server);
    Y.applyUpdate(client, unseen);
    const dependent = changeOf(client, (doc) => (decisionMap(doc).get('text') as Y.Text).insert(7, 'more'));
    expect(check('meeting', server, dependent)).toMatchObject({ ok: false, transient: true });
    // The two together are self-contained.
    expect(check('meeting', server, Y.mergeUpdates([unseen, dependent]))).toEqual({ ok: true });
  });

  it('refuses deleting ahead of the server’s own future content', () => {
    const server = serverDoc('meeting');
    const state = Y.getState(server.store, server.clientID);
    const forged = forgeDeletion(server.clientID, state, 10);
    expect(check('meeting', server, forged, true)).toMatchObject({ ok: false, transient: true });
  });
});

describe('validateUpdate: actions are written by the server only', () => {
  const newAction = (id: string) => (doc: Y.Doc) => {
    const map = new Y.Map<unknown>();
    doc.getMap(MEETING.actions).set(id, map);
    map.set('text', new Y.Text('Find a bed'));
    map.set('agencyId', 'agency-1');
    map.set('status', 'open');
  };
  /** Each way a client could insert, change or delete an action, well formed in every other respect. */
  const writes: [string, (doc: Y.Doc) => void][] = [
    ['insert a well-formed action', newAction('action-2')],
    ['replace an action', newAction('action-1')],
    ['change its status', (doc) => actionMap(doc).set('status', 'done')],
    ['give it to another agency', (doc) => actionMap(doc).set('agencyId', 'agency-2')],
    ['name an owner', (doc) => actionMap(doc).set('owner', 'Someone else')],
    ['set a due date', (doc) => actionMap(doc).set('dueDate', '2031-01-01')],
    ['type into its text', (doc) => (actionMap(doc).get('text') as Y.Text).insert(0, 'Please ')],
    ['delete from its text', (doc) => (actionMap(doc).get('text') as Y.Text).delete(0, 4)],
    ['remove a field', (doc) => actionMap(doc).delete('agencyId')],
    ['delete the action', (doc) => doc.getMap(MEETING.actions).delete('action-1')],
  ];

  for (const kind of ['meeting', 'case'] as const) {
    it(`refuses every client insert, change and deletion of a ${kind} document's actions, even the chair's; the document is unchanged`, () => {
      const server = serverDoc(kind);
      const before = JSON.stringify(readLiveActions(server));
      for (const [what, write] of writes) {
        for (const canControl of [false, true]) {
          const result = check(kind, server, change(server, write), canControl);
          expect(result, what).toMatchObject({ ok: false, reason: expect.stringContaining('written by the server only: actions') });
          expect(result, what).not.toHaveProperty('transient');
        }
      }
      expect(JSON.stringify(readLiveActions(server))).toBe(before);
      // Positive control: the same client may still write the members' parts of the document.
      expect(check(kind, server, change(server, (doc) => (decisionMap(doc).get('text') as Y.Text).insert(0, 'Fully ')))).toEqual({ ok: true });
    });
  }

  it('accepts a client’s full sync step 2 after the server added, changed and removed actions (positive control)', () => {
    const server = serverDoc('case');
    const client = clientOf(server);
    server.transact(() => {
      addLiveAction(server, { ...ACTION, id: 'action-2', personId: 'person-1' });
      updateLiveAction(server, 'action-1', { status: 'done', owner: 'Sam', text: 'Book a bigger room' });
      removeLiveAction(server, 'action-2');
    }, 'server');
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    (client.getMap(CASE.pathways).get('accommodation') as Y.Map<unknown>).set('status', 'need');
    const step2 = Y.encodeStateAsUpdate(client, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBeGreaterThan(0);
    expect(check('case', server, step2)).toEqual({ ok: true });
    expect(readLiveActions(server).map((a) => [a.id, a.status, a.owner, a.text])).toEqual([['action-1', 'done', 'Sam', 'Book a bigger room']]);
  });
});

describe('validateUpdate: case and restricted documents', () => {
  it('accepts the case fields and refuses bad statuses and server-owned keys', () => {
    const server = serverDoc('case');
    const risk = change(server, (doc) => (doc.getMap(CASE.risk).get('natureOfRisk') as Y.Text).insert(0, 'Violence'));
    expect(check('case', server, risk)).toEqual({ ok: true });
    // Risk levels are the server's: they change over REST with a reason, never straight from a client.
    const rosh = change(server, (doc) => (doc.getMap(CASE.risk).get('rosh') as Y.Map<unknown>).set('public', 'high'));
    expect(check('case', server, rosh)).toMatchObject({ ok: false, reason: expect.stringContaining('server only: risk.rosh.public') });
    const roshReplaced = change(server, (doc) => doc.getMap(CASE.risk).set('rosh', new Y.Map()));
    expect(check('case', server, roshReplaced)).toMatchObject({ ok: false, reason: expect.stringContaining('server only: risk.rosh') });
    const roshCleared = change(server, (doc) => (doc.getMap(CASE.risk).get('rosh') as Y.Map<unknown>).delete('public'));
    expect(check('case', server, roshCleared)).toMatchObject({ ok: false, reason: expect.stringContaining('server only: risk.rosh.public') });
    const pathway = change(server, (doc) => (doc.getMap(CASE.pathways).get('accommodation') as Y.Map<unknown>).set('status', 'need'));
    expect(check('case', server, pathway)).toEqual({ ok: true });
    const badPathway = change(server, (doc) => (doc.getMap(CASE.pathways).get('accommodation') as Y.Map<unknown>).set('status', 'sorted'));
    expect(check('case', server, badPathway)).toMatchObject({ ok: false, reason: expect.stringContaining('pathways.accommodation.status') });
    const badRosh = change(server, (doc) => (doc.getMap(CASE.risk).get('rosh') as Y.Map<unknown>).set('public', 'extreme'));
    expect(check('case', server, badRosh)).toMatchObject({ ok: false });
    // Per-case scopes: decisions in the case document are the members', its agenda item is the server's.
    expect(check('case', server, change(server, (doc) => (decisionMap(doc).get('rationale') as Y.Text).insert(0, 'Because')))).toEqual({ ok: true });
    expect(check('case', server, change(server, (doc) => doc.getMap('item').set('title', 'x')))).toMatchObject({ ok: false, reason: expect.stringContaining('server only: item') });
    expect(check('case', server, change(server, (doc) => doc.getMap(MEETING.control).set('state', 'x')))).toMatchObject({ ok: false, reason: expect.stringContaining('unknown top-level key') });
  });

  it('accepts linking a day-of-release item to an action (and unlinking it), and refuses a malformed link', () => {
    const server = serverDoc('case');
    const item = (doc: Y.Doc) => doc.getMap<Y.Map<unknown>>(CASE.dayOfRelease).get('bankAccount')!;
    expect(check('case', server, change(server, (doc) => item(doc).set('actionId', 'action-7')))).toEqual({ ok: true });
    expect(check('case', server, change(server, (doc) => item(doc).set('actionId', null)))).toEqual({ ok: true });
    expect(check('case', server, change(server, (doc) => item(doc).set('state', 'confirmed')))).toEqual({ ok: true });
    expect(check('case', server, change(server, (doc) => item(doc).set('actionId', 42)))).toMatchObject({ ok: false, reason: expect.stringContaining('dayOfRelease.bankAccount.actionId') });
    expect(check('case', server, change(server, (doc) => item(doc).set('actionId', 'x'.repeat(65))))).toMatchObject({ ok: false, reason: expect.stringContaining('string over 64') });
    expect(check('case', server, change(server, (doc) => item(doc).set('owner', 'someone')))).toMatchObject({ ok: false, reason: expect.stringContaining('unknown field') });
  });

  it('accepts the restricted sections and refuses anything else there', () => {
    const server = serverDoc('restricted');
    expect(check('restricted', server, change(server, (doc) => (doc.getMap(RESTRICTED.sections).get('intelligence') as Y.Text).insert(0, 'Source says')))).toEqual({ ok: true });
    expect(check('restricted', server, change(server, (doc) => doc.getMap(RESTRICTED.sections).set('gossip', new Y.Text('x'))))).toMatchObject({ ok: false, reason: expect.stringContaining('unknown field') });
    expect(check('restricted', server, change(server, (doc) => doc.getMap('meta').set('x', 1)))).toMatchObject({ ok: false });
    expect(check('restricted', server, change(server, (doc) => doc.getXmlFragment(notesFragmentName('item-1')).insert(0, [new Y.XmlText('x')])))).toMatchObject({ ok: false });
  });
});
