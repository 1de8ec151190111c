export { createDocumentHub, SERVER_ORIGIN, type DocHandle, type DocumentHub, type DocumentHubDeps, type DocumentHubStats } from './hub.js';
export type { StoredUpdate } from './storedUpdates.js';
export { closedDocState } from './initialContent.js';
