// Bench floor: a WebSocket relay with no Yjs at all. Every binary message is rebroadcast to the other sockets
// of the same room (the URL path). Nothing is stored, nothing is answered: the cheapest possible fan-out.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

const rooms = new Map<string, Set<WebSocket>>();
const http = createServer((_req, res) => res.writeHead(200).end('relay'));
const wss = new WebSocketServer({ server: http, perMessageDeflate: false });
wss.on('connection', (ws, req) => {
  const room = req.url ?? '/';
  let peers = rooms.get(room);
  if (!peers) rooms.set(room, (peers = new Set()));
  peers.add(ws);
  ws.on('message', (data, isBinary) => {
    for (const peer of peers) if (peer !== ws && peer.readyState === 1) peer.send(data, { binary: isBinary });
  });
  ws.on('close', () => {
    peers.delete(ws);
    if (peers.size === 0) rooms.delete(room);
  });
  ws.on('error', () => {});
});
http.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(JSON.stringify({ port: (http.address() as AddressInfo).port })));
process.on('SIGTERM', () => process.exit(0));
