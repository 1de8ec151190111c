// One Yjs socket: authenticate, authorize, load the document, then speak the sync and awareness
// protocol. Messages that arrive before the document is ready, or while access is being re-checked,
// wait in order; updates are checked against the layout before they are applied.
import type { IncomingMessage } from 'node:http';
import * as awarenessProtocol from 'y-protocols/awareness';
import type { RawData, WebSocket } from 'ws';
import { isPaused, meetingDocName, parseDocName } from '../../../shared/live/layout.js';
import type { DocAccess } from '../../auth/docAccess.js';
import type { SessionAuth } from '../../auth/session.js';
import type { DocHandle } from '../../documents/index.js';
import type { Logger } from '../../logger.js';
import type { Services } from '../../services/index.js';
import { recheckAccess, stampFor } from './accessCheck.js';
import { authenticate } from './authenticate.js';
import { authorize } from './authorize.js';
import { admitAwareness, decodeAwarenessUpdate, encodeAwarenessUpdate, ownersOf, type StampedUser } from './awareness.js';
import { joinAwareness } from './awarenessRelay.js';
import { CLOSE, refusedUpdate, type CloseReason } from './closeCodes.js';
import type { ConnectionRegistry } from './connections.js';
import { docRules } from './layoutRules.js';
import { MessageRate, type ConnectionCounter, type SyncLimits } from './limits.js';
import type { SyncMetrics } from './metrics.js';
import { assertWellFormed, awarenessMessage, decodeMessage, MalformedMessage, sharedUpdateMessage, syncStep1Message, syncStep2Message, type ClientMessage } from './protocol.js';
import { RecheckGate } from './recheckGate.js';
import { validateUpdate } from './validateUpdate.js';

export interface ConnectionContext {
  services: Services;
  auth: SessionAuth;
  logger: Logger;
  limits: SyncLimits;
  metrics: SyncMetrics;
  perUser: ConnectionCounter;
  registry: ConnectionRegistry;
}

export function serveConnection(socket: WebSocket, req: IncomingMessage, docName: string, ctx: ConnectionContext): void {
  const { services, logger, limits, metrics } = ctx;
  const parsed = parseDocName(docName);
  const rate = new MessageRate(limits);
  const queued: Uint8Array[] = [];
  const cleanups: (() => void)[] = [];
  // Only the cookie is kept for re-checks (and the session read now): not the upgrade request.
  const cookie = req.headers.cookie ?? '';
  const authenticated = authenticate(ctx.auth, req);
  let handle: DocHandle | null = null;
  /** The meeting document, held by a writer who is not the chair: while the chair has paused the meeting, only the chair writes. */
  let meetingHandle: DocHandle | null = null;
  let userId: string | null = null;
  let access: DocAccess | null = null;
  let canControl = false;
  let stamp: StampedUser | null = null;
  let ready = false;
  /** An access change arrived while the socket was still opening. */
  let changedWhileOpening = false;
  /** The server has decided to close this socket: nothing more it sends is used. */
  let ending = false;
  let closed = false;

  metrics.connectionsOpened++;
  metrics.connectionsOpen++;

  function close({ code, reason }: CloseReason): void {
    ending = true;
    queued.length = 0;
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
    if (closed || ending) return;
    if (!rate.take()) {
      metrics.rateLimited++;
      return close(CLOSE.rateLimited);
    }
    if (!isBinary) return malformed(new Error('text frame'));
    const bytes = toBytes(data);
    if (ready && !gate.held && queued.length === 0) return receive(bytes);
    if (queued.length >= limits.maxQueuedBeforeReady) return close(CLOSE.rateLimited);
    queued.push(bytes);
  });

  socket.on('close', () => {
    closed = true;
    metrics.connectionsOpen--;
    for (const cleanup of cleanups.splice(0).reverse()) cleanup();
  });

  function drain(): void {
    while (queued.length > 0 && ready && !gate.held && !ending && socket.readyState === socket.OPEN) receive(queued.shift()!);
  }

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

  function applyUpdate(doc: DocHandle, update: Uint8Array): void {
    // Read-only members still sync; their changes are dropped: never applied, stored or relayed.
    if (access !== 'write') {
      assertWellFormed(update);
      metrics.writesRejected++;
      return;
    }
    // Paused by the chair (issue 10 §7): everyone else's edits are dropped until the chair resumes, like a read-only member's.
    const controlDoc = parsed!.kind === 'meeting' ? doc.doc : meetingHandle?.doc;
    if (!canControl && controlDoc && isPaused(controlDoc)) {
      assertWellFormed(update);
      metrics.writesRejected++;
      return;
    }
    const verdict = validateUpdate(doc.doc, update, docRules(parsed!.kind, { canControl }));
    if (!verdict.ok) {
      if (verdict.transient) {
        metrics.resyncsRequested++;
        return close(CLOSE.outOfSync);
      }
      metrics.updatesRefused++;
      auditRefusal(4400, verdict.reason);
      logger.info({ reason: verdict.reason, kind: parsed!.kind }, 'closing yjs socket: update refused');
      return close(refusedUpdate(verdict.reason));
    }
    if (!doc.applyClientUpdate(update, socket)) metrics.writesRejected++;
    else {
      metrics.updatesApplied++;
      if (userId) services.auditEdits.noteEdit(userId, docName);
    }
  }

  function applyAwareness(doc: DocHandle, update: Uint8Array): void {
    const { admitted, dropped } = admitAwareness(decodeAwarenessUpdate(update), socket, stamp!, ownersOf(doc.awareness));
    metrics.awarenessDropped += dropped;
    if (admitted.length > 0) awarenessProtocol.applyAwarenessUpdate(doc.awareness, encodeAwarenessUpdate(admitted), socket);
  }

  function handleMessage(doc: DocHandle, message: ClientMessage): void {
    switch (message.type) {
      case 'sync-step-1':
        return send(syncStep2Message(doc.doc, message.stateVector, doc.fullState));
      case 'update':
        if (message.empty) return;
        return applyUpdate(doc, message.update);
      case 'awareness':
        return applyAwareness(doc, message.update);
      case 'query-awareness':
        return send(awarenessMessage(doc.awareness, [...doc.awareness.getStates().keys()]));
    }
  }

  /** Re-authenticates and re-authorizes; incoming messages wait until the answer, so none lands after a revocation. */
  const gate = new RecheckGate(
    async () => {
      const decision = await recheckAccess(services, ctx.auth, { cookie, userId: userId!, docName, access: access! });
      if (closed || ending) return false;
      if (!decision.keep) {
        metrics.revoked[decision.counter]++;
        close(decision.close);
        return false;
      }
      ({ access, canControl, stamp } = decision);
      return true;
    },
    () => drain(),
    (err: unknown) => {
      logger.error({ err: (err as Error).message }, 're-checking a yjs socket failed');
      close(CLOSE.unavailable);
    },
  );

  function recheck(): void {
    if (closed || ending) return;
    if (ready) gate.request();
    else changedWhileOpening = true;
  }

  function attach(doc: DocHandle): void {
    handle = doc;
    cleanups.push(() => doc.release());
    cleanups.push(doc.onUpdate((update, origin) => origin !== socket && send(sharedUpdateMessage(update))));

    // Awareness states this socket set are removed when it goes, so others see the user leave.
    const leaveAwareness = joinAwareness(doc.awareness, socket, send);
    cleanups.push(() => {
      const controlled = leaveAwareness();
      // Not the ids another socket of the same user has taken over since (a reconnection).
      const owners = ownersOf(doc.awareness);
      awarenessProtocol.removeAwarenessStates(doc.awareness, controlled.filter((id) => owners.owns(id, socket)), null);
      owners.release(socket);
    });

    send(syncStep1Message(doc.doc));
    const states = doc.awareness.getStates();
    if (states.size > 0) send(awarenessMessage(doc.awareness, [...states.keys()]));
    ready = true;
    if (changedWhileOpening) recheck();
    drain();
  }

  /** One audit entry per refused attempt on this channel (the document name says which scope was asked for). */
  function auditRefusal(code: number, reason?: string): void {
    services.audit
      .record(userId, 'access.refused', 'document', docName.slice(0, 200), { channel: 'yjs', code, ...(reason ? { reason } : {}) })
      .catch((err: unknown) => logger.error({ err: (err as Error).message }, 'auditing a refusal failed'));
  }

  async function open(): Promise<void> {
    const user = await authenticated;
    if (closed) return;
    if (!user) {
      metrics.refused.unauthenticated++;
      auditRefusal(CLOSE.unauthenticated.code);
      return close(CLOSE.unauthenticated);
    }
    userId = user._id;
    const authorization = await authorize(services, user, docName);
    if (closed) return;
    if (!authorization.access) {
      if (authorization.refusal === CLOSE.forbidden) metrics.refused.forbidden++;
      else metrics.refused.unknownDocument++;
      auditRefusal(authorization.refusal.code);
      return close(authorization.refusal);
    }
    if (!ctx.perUser.tryOpen(user._id)) {
      metrics.refused.tooManyConnections++;
      return close(CLOSE.tooManyConnections);
    }
    cleanups.push(() => ctx.perUser.close(user._id));
    access = authorization.access;
    canControl = authorization.canControl;
    stamp = await stampFor(services, user);

    let doc: DocHandle;
    try {
      doc = await services.documents.acquire(docName);
    } catch (err) {
      metrics.loadFailures++;
      logger.error({ err: (err as Error).message, kind: docName.split('.')[0] }, 'loading a live document failed');
      return close(CLOSE.unavailable);
    }
    if (closed || ending) return doc.release();
    if (parsed && parsed.kind !== 'meeting' && !canControl) {
      try {
        const meetingDoc = await services.documents.acquire(meetingDocName(parsed.meetingId));
        if (closed || ending) {
          meetingDoc.release();
          return doc.release();
        }
        meetingHandle = meetingDoc;
        cleanups.push(() => meetingDoc.release());
      } catch (err) {
        doc.release();
        metrics.loadFailures++;
        logger.error({ err: (err as Error).message, kind: 'meeting' }, 'loading a live document failed');
        return close(CLOSE.unavailable);
      }
    }
    attach(doc);
    services.audit
      .record(user._id, 'document.open', 'document', docName, { access })
      .catch((err: unknown) => logger.error({ err: (err as Error).message }, 'auditing document.open failed'));
  }

  // Known to access changes from the start: one arriving while the socket opens is checked once it is ready.
  if (parsed) {
    cleanups.push(
      ctx.registry.add({
        docName,
        meetingId: parsed.meetingId,
        cookie,
        get userId() {
          return userId;
        },
        get access() {
          return access;
        },
        recheck,
      }),
    );
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
