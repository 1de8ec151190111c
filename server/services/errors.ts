// Domain errors live at server/errors.ts (the bottom layer). This re-export remains only for server/mail/outbox.ts,
// which is being edited elsewhere: point it at ../errors.js, then delete this file.
export * from '../errors.js';
