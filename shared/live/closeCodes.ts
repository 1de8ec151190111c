// The close codes of the Yjs endpoint, for the server that sends them and the client that explains them.
// y-websocket stops reconnecting on 4400-4499 (permanent); every other code makes it reconnect.
export const LIVE_CLOSE_CODES = {
  /** A message or update the server will not accept (the reason says which). */
  refused: 4400,
  /** No session, or the session ended (signed out, expired, account disabled). */
  signedOut: 4401,
  /** Not allowed to open this document, or no longer allowed. */
  forbidden: 4403,
  unknownDocument: 4404,
  /** Write access became read-only: the client reconnects and is served read-only. */
  accessReduced: 4100,
  /** An update depended on content the server lacked: the client reconnects and syncs in full. */
  outOfSync: 4500,
} as const;

/** True when the provider will not reconnect by itself after this close code. */
export function isPermanentClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
