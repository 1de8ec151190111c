// The layout of Roundtable's live Yjs documents, written once for client and server (this file re-exports it).
// One Y.Doc per access scope, because a client that holds a doc holds all of it:
//   meeting.<meetingId>                 agenda skeleton (case items under neutral titles), control, attendance,
//                                       standing items' notes, decisions and actions   (meetingDoc.ts)
//   case.<meetingId>.<personId>          shared risk assessment, release plan, day-of-release checklist, that
//                                       person's items' notes, decisions, actions and real titles   (caseDoc.ts)
//   restricted.<meetingId>.<personId>    victim safety and restricted intelligence (chosen agencies only)
export * from './docNames.js';
export * from './caseFields.js';
export * from './scoped.js';
export * from './meetingDoc.js';
export * from './caseDoc.js';
export * from './restrictedDoc.js';
export * from './plain.js';
