/**
 * The floor: a bare `ws` relay that forwards every binary message to the other sockets on the same
 * path. No Yjs, no document, no auth, no storage — the cost of WebSocket I/O alone.
 */
import http from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';

const port = Number(process.env.PORT ?? 0);
const rooms = new Map<string, Set<WebSocket>>();

const server = http.createServer((_req, res) => res.writeHead(200).end('ok'));
const wss = new WebSocketServer({ server, perMessageDeflate: false, maxPayload: 1024 * 1024 });

wss.on('connection', (ws, req) => {
  const name = req.url ?? '/';
  let room = rooms.get(name);
  if (!room) rooms.set(name, (room = new Set()));
  room.add(ws);
  ws.on('error', () => ws.terminate());
  ws.on('message', (data, isBinary) => {
    for (const peer of room)
      if (peer !== ws && peer.readyState === peer.OPEN) peer.send(data, { binary: isBinary });
  });
  ws.on('close', () => {
    room.delete(ws);
    if (room.size === 0) rooms.delete(name);
  });
});

server.listen(port, '127.0.0.1');
// A normal exit writes the CPU profile when one was asked for.
process.on('SIGTERM', () => process.exit(0));
