// Shared set-up for the close tests: the demo meeting, started, with actions for three agencies
// added through the REST route, as the room would.
import { expect } from 'vitest';
import type { ApiClient } from '../support/http.js';
import { loginAs } from '../support/http.js';
import { PASSWORD } from '../support/server.js';

export interface DemoIds {
  meetingId: string;
  panelId: string;
  agency: Record<'probation' | 'police' | 'housing' | 'substance', string>;
  daniel: string;
  kayleigh: string;
  marcus: string;
}

export interface DemoLike {
  meeting: { _id: string; panelId: string; agenda: { personId?: string }[] };
  users: Record<string, { agencyId: string }>;
}

export function demoIds(demo: DemoLike): DemoIds {
  const people = demo.meeting.agenda.map((i) => i.personId).filter((id): id is string => !!id);
  return {
    meetingId: demo.meeting._id,
    panelId: demo.meeting.panelId,
    agency: {
      probation: demo.users.probation.agencyId,
      police: demo.users.police.agencyId,
      housing: demo.users.housing.agencyId,
      substance: demo.users.substance.agencyId,
    },
    daniel: people[0],
    kayleigh: people[1],
    marcus: people[2],
  };
}

export interface PlannedAction {
  key: string;
  body: Record<string, unknown>;
}

/** Actions for three agencies: relative due dates before and after a release, an absolute one, formula-like text. */
export function plannedActions(ids: DemoIds): PlannedAction[] {
  return [
    { key: 'probation-licence', body: { text: 'Confirm licence conditions with the prison', agencyId: ids.agency.probation, owner: 'Priya Shah', personId: ids.daniel, dueRelativeDays: -3, pathway: 'attitudes' } },
    { key: 'housing-first-night', body: { text: 'Book first-night accommodation', agencyId: ids.agency.housing, owner: 'Helen Marsh', personId: ids.daniel, dueRelativeDays: 2, pathway: 'accommodation' } },
    { key: 'police-visit', body: { text: 'Home visit after release', agencyId: ids.agency.police, owner: 'PC Dan Reeves', personId: ids.kayleigh, dueDate: '2031-01-15' } },
    { key: 'housing-formula', body: { text: '=HYPERLINK("http://evil.example","click")', agencyId: ids.agency.housing, owner: '@helen', personId: ids.kayleigh, dueDate: '2031-02-01' } },
  ];
}

/** Starts the meeting and adds the planned actions; returns live action ids by key. */
export async function prepareMeeting(baseUrl: string, ids: DemoIds, planned = plannedActions(ids)): Promise<{ chair: ApiClient; liveIds: Record<string, string> }> {
  const chair = await loginAs(baseUrl, 'chair', PASSWORD);
  const started = await chair.post(`/api/meetings/${ids.meetingId}/start`);
  expect(started.status).toBe(200);
  const liveIds: Record<string, string> = {};
  for (const { key, body } of planned) {
    const created = await chair.post(`/api/meetings/${ids.meetingId}/actions`, body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    liveIds[key] = created.body.id;
  }
  return { chair, liveIds };
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Text of each page of a PDF, through pdf-parse (so it proves the text is extractable). */
export async function pdfPages(data: Buffer): Promise<string[]> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(data) });
  try {
    return (await parser.getText()).pages.map((p) => p.text);
  } finally {
    await parser.destroy();
  }
}

export async function download(client: ApiClient, path: string): Promise<{ status: number; type: string; disposition: string; body: Buffer }> {
  const res = await client.request('GET', path);
  return { status: res.status, type: res.headers.get('content-type') ?? '', disposition: res.headers.get('content-disposition') ?? '', body: Buffer.from(await res.arrayBuffer()) };
}
