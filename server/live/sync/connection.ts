// One Yjs socket: authenticate, authorize, load the document, then speak the sync and awareness
// protocol. Messages that arrive before the document is ready wait in order.
import type { IncomingMessage } from 'node:http';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { RawData, WebSocket } from 'ws';
import type { DocAccess } from '../../auth/docAccess.js';
import type { SessionAuth } from '../../auth/session.js';
import type { DocHandle } from '../../documents/index.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/index.js';
import { authenticate } from './authenticate.js';
import { authorize } from './authorize.js';
import { CLOSE, type CloseReason } from './closeCodes.js';
import { MessageRate, type ConnectionCounter, type SyncLimits } from './limits.js';
import type { SyncMetrics } from './metrics.js';
import { awarenessMessage, decodeMessage, MalformedMessage, syncStep1Message, syncStep2Message, updateMessage, type ClientMessage } from './protocol.js';

export interface ConnectionContext {
  services: Services;
  auth: SessionAuth;
  logger: Logger;
  limits: SyncLimits;
  metrics: SyncMetrics;
  perUser: ConnectionCounter;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

export function serveConnection(socket: WebSocket, req: IncomingMessage, docName: string, ctx: ConnectionContext): void {
  const { services, logger, limits, metrics } = ctx;
  const rate = new MessageRate(limits);
  const queued: Uint8Array[] = [];
  const cleanups: (() => void)[] = [];
  let handle: DocHandle | null = null;
  let access: DocAccess = 'read';
  let ready = false;
  let closed = false;

  metrics.connectionsOpened++;
  metrics.connectionsOpen++;

  function close({ code, reason }: CloseReason): void {
    if (socket.readyState === socket.OPEN || socket.readyState === socket.CONNECTING) socket.close(code, reason);
  }

  function send(message: Uint8Array): void {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > limits.maxBufferedBytes) return close(CLOSE.slowConsumer);
    socket.send(message);
  }

  socket.on('error', (err: Error & { code?: string }) => {
    if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') metrics.oversizedMessages++;
    else logger.debug({ err: err.message }, 'yjs socket error');
  });

  socket.on('message', (data: RawData, isBinary: boolean) => {
    if (closed) return;
    if (!rate.take()) {
      metrics.rateLimited++;
      return close(CLOSE.rateLimited);
    }
    if (!isBinary) return malformed(new Error('text frame'));
    const bytes = toBytes(data);
    if (ready) return receive(bytes);
    if (queued.length >= limits.maxQueuedBeforeReady) return close(CLOSE.rateLimited);
    queued.push(bytes);
  });

  socket.on('close', () => {
    closed = true;
    metrics.connectionsOpen--;
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  function malformed(err: unknown): void {
    metrics.malformedMessages++;
    logger.info({ err: err instanceof MalformedMessage ? String((err.cause as Error)?.message ?? err.message) : String(err) }, 'closing yjs socket: malformed message');
    close(CLOSE.malformed);
  }

  function receive(bytes: Uint8Array): void {
    let message: ClientMessage;
    try {
      message = decodeMessage(bytes);
    } catch (err) {
      return malformed(err);
    }
    try {
      handleMessage(handle!, message);
    } catch (err) {
      malformed(err);
    }
  }

  function handleMessage(doc: DocHandle, message: ClientMessage): void {
    switch (message.type) {
      case 'sync-step-1':
        return send(syncStep2Message(doc.doc, message.stateVector));
      case 'update':
        if (message.empty) return;
        // Read-only members still sync; their changes are dropped: never applied, stored or relayed.
        if (access !== 'write' || !doc.applyClientUpdate(message.update, socket)) metrics.writesRejected++;
        else metrics.updatesApplied++;
        return;
      case 'awareness':
        return awarenessProtocol.applyAwarenessUpdate(doc.awareness, message.update, socket);
      case 'query-awareness':
        return send(awarenessMessage(doc.awareness, [...doc.awareness.getStates().keys()]));
    }
  }

  function attach(doc: DocHandle): void {
    handle = doc;
    cleanups.push(() => doc.release());
    cleanups.push(doc.onUpdate((update, origin) => origin !== socket && send(updateMessage(update))));

    // Awareness states this socket set are removed when it goes, so others see the user leave.
    const controlled = new Set<number>();
    const onAwareness = ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (origin === socket) {
        for (const id of [...added, ...updated]) controlled.add(id);
        for (const id of removed) controlled.delete(id);
      }
      send(awarenessMessage(doc.awareness, [...added, ...updated, ...removed]));
    };
    doc.awareness.on('update', onAwareness);
    cleanups.push(() => {
      doc.awareness.off('update', onAwareness);
      awarenessProtocol.removeAwarenessStates(doc.awareness, [...controlled], null);
    });

    send(syncStep1Message(doc.doc));
    const states = doc.awareness.getStates();
    if (states.size > 0) send(awarenessMessage(doc.awareness, [...states.keys()]));
    ready = true;
    for (const bytes of queued.splice(0)) {
      if (socket.readyState !== socket.OPEN) break;
      receive(bytes);
    }
  }

  async function open(): Promise<void> {
    const user = await authenticate(ctx.auth, req);
    if (closed) return;
    if (!user) {
      metrics.refused.unauthenticated++;
      return close(CLOSE.unauthenticated);
    }
    const authorization = await authorize(services, user, docName);
    if (closed) return;
    if (!authorization.access) {
      if (authorization.refusal === CLOSE.forbidden) metrics.refused.forbidden++;
      else metrics.refused.unknownDocument++;
      return close(authorization.refusal);
    }
    if (!ctx.perUser.tryOpen(user._id)) {
      metrics.refused.tooManyConnections++;
      return close(CLOSE.tooManyConnections);
    }
    cleanups.push(() => ctx.perUser.close(user._id));
    access = authorization.access;

    let doc: DocHandle;
    try {
      doc = await services.documents.acquire(docName);
    } catch (err) {
      metrics.loadFailures++;
      logger.error({ err: (err as Error).message, kind: docName.split('.')[0] }, 'loading a live document failed');
      return close(CLOSE.unavailable);
    }
    if (closed) return doc.release();
    attach(doc);
    services.audit
      .record(user._id, 'document.open', 'document', docName, { access })
      .catch((err: unknown) => logger.error({ err: (err as Error).message }, 'auditing document.open failed'));
  }

  open().catch((err: unknown) => {
    logger.error({ err: (err as Error).message }, 'opening a yjs socket failed');
    close(CLOSE.unavailable);
  });
}

function toBytes(data: RawData): Uint8Array {
  const buffer = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
