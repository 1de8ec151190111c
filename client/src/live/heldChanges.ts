// Changes this device still held when the meeting closed: found by comparing each document that has
// unconfirmed changes with a fresh copy of the server's (the record as closed), then kept in this
// browser's storage (surviving a reload) until the user sends them to the chair as a late addition.
import * as Y from 'yjs';
import type { LateAddition, LateAdditionDecision } from '../../../shared/domain/lateAdditions';
import { parseDocName } from '../../../shared/live/docNames';
import { request } from '../api';
import { pooledDocs } from './docPool';
import { clearPending, pendingDocNames, pendingKey, readPending } from './pendingStore';
import { fetchServerCopy } from './serverStateVector';
import { unsentItems, type UnsentItem } from './unsentContent';

export interface HeldChange {
  docName: string;
  personId: string | null;
  items: UnsentItem[];
  detectedAt: string;
  sentAt?: string;
}

const CHANGED = 'roundtable:held-changed';
const heldKey = (userId: string, meetingId: string) => `roundtable.late.${userId}.${meetingId}`;

export function readHeld(userId: string, meetingId: string): HeldChange[] {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(heldKey(userId, meetingId)) ?? '[]') as unknown;
    return Array.isArray(parsed) ? (parsed as HeldChange[]) : [];
  } catch {
    return [];
  }
}

function writeHeld(userId: string, meetingId: string, held: HeldChange[]): void {
  try {
    if (held.length) window.localStorage.setItem(heldKey(userId, meetingId), JSON.stringify(held));
    else window.localStorage.removeItem(heldKey(userId, meetingId));
  } catch {
    // Storage refused: the changes are still shown on this page.
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function onHeldChange(listener: () => void): () => void {
  window.addEventListener(CHANGED, listener);
  return () => window.removeEventListener(CHANGED, listener);
}

/** The person a case or restricted document is about; null for the meeting document. */
export function personOfDoc(docName: string): string | null {
  return parseDocName(docName)?.personId ?? null;
}

/**
 * After the close: every document of the meeting with changes the server never confirmed (open on this page,
 * or kept in storage from before a reload) becomes a held change. Returns once each is looked at.
 */
export async function collectHeldChanges(userId: string, meetingId: string, openNames: string[]): Promise<void> {
  const names = new Set([...openNames, ...pendingDocNames(userId, meetingId)]);
  for (const name of names) {
    const server = await fetchServerCopy(name).catch(() => null);
    if (!server) continue;
    // What this device holds: the server's copy with the page's document (if still open) and the stored changes.
    const local = new Y.Doc();
    Y.applyUpdate(local, Y.encodeStateAsUpdate(server));
    const pooled = pooledDocs().find((entry) => entry.name === name);
    if (pooled) Y.applyUpdate(local, Y.encodeStateAsUpdate(pooled.doc));
    const stored = readPending(pendingKey(userId, name));
    if (stored) Y.applyUpdate(local, stored);
    const items = unsentItems(local, server);
    local.destroy();
    server.destroy();
    if (items.length) {
      const others = readHeld(userId, meetingId).filter((held) => held.docName !== name || held.sentAt);
      writeHeld(userId, meetingId, [...others, { docName: name, personId: personOfDoc(name), items, detectedAt: new Date().toISOString() }]);
    }
    if (pooled) pooled.status.discard();
    else clearPending(pendingKey(userId, name));
  }
}

export async function sendHeld(userId: string, meetingId: string, docName: string): Promise<LateAddition> {
  const held = readHeld(userId, meetingId).find((h) => h.docName === docName && !h.sentAt);
  if (!held) throw new Error('There is nothing left to send');
  const sent = await request<LateAddition>(`/api/meetings/${encodeURIComponent(meetingId)}/late-additions`, {
    method: 'POST',
    body: { personId: held.personId, items: held.items.map(({ label, text }) => ({ label: label.slice(0, 200), text: text.slice(0, 20_000) })) },
  });
  writeHeld(
    userId,
    meetingId,
    readHeld(userId, meetingId).map((h) => (h === held || (h.docName === docName && !h.sentAt) ? { ...h, sentAt: sent.submittedAt } : h)),
  );
  return sent;
}

export function discardHeld(userId: string, meetingId: string, docName: string): void {
  writeHeld(userId, meetingId, readHeld(userId, meetingId).filter((h) => h.docName !== docName || h.sentAt));
}

export const lateAdditionsApi = {
  list: (meetingId: string) => request<{ items: LateAddition[] }>(`/api/meetings/${encodeURIComponent(meetingId)}/late-additions`),
  decide: (meetingId: string, id: string, decision: LateAdditionDecision) =>
    request<LateAddition>(`/api/meetings/${encodeURIComponent(meetingId)}/late-additions/${encodeURIComponent(id)}/decision`, { method: 'POST', body: decision }),
};
