// Domain errors now live at server/errors.ts (the bottom layer); this re-export keeps older imports working.
export * from '../errors.js';
