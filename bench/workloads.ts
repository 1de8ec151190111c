// The benchmark's servers and workloads: what `npm run bench` (all) and `npm run bench:quick` (a subset that runs in
// under three minutes) measure. bench/run.ts runs them, bench/loadgen.ts makes the load, bench/report.ts prints them.

export type ServerName = 'roundtable' | 'roundtable-mongo' | 'hocuspocus' | 'y-websocket' | 'relay';
export const ALL_SERVERS: ServerName[] = ['roundtable', 'roundtable-mongo', 'hocuspocus', 'y-websocket', 'relay'];
export const isRoundtable = (name: ServerName) => name === 'roundtable' || name === 'roundtable-mongo';

export type Mode = 'fanout' | 'storm' | 'idle' | 'cold';

export interface Workload {
  id: string;
  title: string;
  mode: Mode;
  rooms: number;
  clientsPerRoom: number;
  writersPerRoom: number;
  /** Full Y.Doc clients per room that must converge at the end (fanout). */
  fullPerRoom: number;
  ratePerWriter: number;
  durationS: number;
  /** storm: each room's document is filled to this size before the clients leave and come back. */
  docBytes?: number;
  /** storm: the clients come back spread over this long. */
  rejoinWithinMs?: number;
  /** cold: updates stored for the document before the server starts (Roundtable only: the peers keep nothing). */
  storedUpdates?: number;
  /** cold: a client first opens the document's meeting document (not measured), so the figure is a document's first
   *  load on a server that has served since it started, in a meeting someone has open, rather than the very first
   *  request of a fresh process (which also pays for compiling the code it runs). */
  warmServer?: boolean;
  /** Only these servers (cold loads concern persistence, which only Roundtable has here). */
  servers?: ServerName[];
}

const fanout = (id: string, title: string, rooms: number, clients: number, writers: number, rate: number, durationS: number): Workload => ({
  id,
  title,
  mode: 'fanout',
  rooms,
  clientsPerRoom: clients,
  writersPerRoom: writers,
  fullPerRoom: rooms > 1 ? 1 : 3,
  ratePerWriter: rate,
  durationS,
});

const cold = (updates: number, label: string, warmServer = false): Workload => ({
  id: `cold${label}${warmServer ? 'warm' : ''}`,
  title: `cold load of ${updates.toLocaleString('en')} stored update${updates === 1 ? '' : 's'}${warmServer ? ', server already serving its meeting' : ''}`,
  warmServer,
  mode: 'cold',
  rooms: 1,
  clientsPerRoom: 1,
  writersPerRoom: 0,
  fullPerRoom: 1,
  ratePerWriter: 0,
  durationS: 0,
  storedUpdates: updates,
  servers: ['roundtable', 'roundtable-mongo'],
});

const storm: Workload = {
  id: 'storm',
  title: 'reconnect storm: 500 clients rejoin 50 rooms holding 1 MB documents within 1 s',
  mode: 'storm',
  rooms: 50,
  // The room's writer fills the document and stays (a server that drops a document nobody holds, as Hocuspocus
  // does, would otherwise have nothing to send); the other 10 leave and rejoin.
  clientsPerRoom: 11,
  writersPerRoom: 1,
  fullPerRoom: 0,
  ratePerWriter: 0,
  durationS: 0,
  docBytes: 1_000_000,
  rejoinWithinMs: 1000,
  // The relay holds no document to send.
  servers: ['roundtable', 'roundtable-mongo', 'hocuspocus', 'y-websocket'],
};

const idle = (rooms: number, clients: number): Workload => ({
  id: 'idle',
  title: `idle memory: ${rooms} documents × ${clients} idle connections`,
  mode: 'idle',
  rooms,
  clientsPerRoom: clients,
  writersPerRoom: 0,
  fullPerRoom: 0,
  ratePerWriter: 0,
  durationS: 0,
});

export const FULL: Workload[] = [
  fanout('rooms200x5', '200 rooms × 5 clients, 1 writer/room at 5/s', 200, 5, 1, 5, 20),
  fanout('room1x50w1', '1 room × 50 clients, 1 writer at 10/s', 1, 50, 1, 10, 20),
  fanout('room1x50w10', '1 room × 50 clients, 5 writers (10%) at 10/s', 1, 50, 5, 10, 20),
  fanout('room1x200w1', '1 room × 200 clients, 1 writer at 10/s', 1, 200, 1, 10, 20),
  fanout('room1x200w10', '1 room × 200 clients, 20 writers (10%) at 10/s', 1, 200, 20, 10, 15),
  fanout('room1x500w1', '1 room × 500 clients, 1 writer at 10/s', 1, 500, 1, 10, 15),
  fanout('room1x500w10', '1 room × 500 clients, 50 writers (10%) at 1/s', 1, 500, 50, 1, 15),
  storm,
  cold(1, '1'),
  cold(1_000, '1k'),
  cold(10_000, '10k'),
  cold(100_000, '100k'),
  cold(1, '1', true),
  cold(10_000, '10k', true),
  idle(100, 10),
];

/** Under three minutes: the many-rooms and the hot-room fan-out, a cold load and idle memory, each shorter. */
export const QUICK: Workload[] = [
  { ...FULL[0], durationS: 8 },
  { ...FULL[3], durationS: 5 },
  cold(10_000, '10k'),
  idle(100, 5),
];
