import { describe, expect, it } from 'vitest';
import { combineSaveStates, nextChangeIn, RECONNECTING_MS, saveStateOf, type LinkFacts } from './connectionState';

const base: LinkFacts = { online: true, wasOnline: true, pending: false, lostAt: null, refused: false, now: 100_000 };

describe('the connection state the room shows', () => {
  it('says saved only when online with nothing pending, saving while the server has not confirmed', () => {
    expect(saveStateOf(base)).toBe('saved');
    expect(saveStateOf({ ...base, pending: true })).toBe('saving');
  });
  it('says reconnecting at once after losing the link, then offline', () => {
    const lost = { ...base, online: false, lostAt: base.now - 100 };
    expect(saveStateOf(lost)).toBe('reconnecting');
    expect(nextChangeIn(lost)).toBe(RECONNECTING_MS - 100);
    expect(saveStateOf({ ...lost, now: base.now + RECONNECTING_MS })).toBe('offline');
    expect(saveStateOf({ ...lost, pending: true, now: base.now + RECONNECTING_MS })).toBe('offline');
  });
  it('says connecting on first load, offline when the device holds changes and cannot connect, offline when refused', () => {
    expect(saveStateOf({ ...base, online: false, wasOnline: false })).toBe('connecting');
    expect(saveStateOf({ ...base, online: false, wasOnline: false, pending: true })).toBe('offline');
    expect(saveStateOf({ ...base, refused: true })).toBe('offline');
  });
  it('lets the least reassuring document win', () => {
    expect(combineSaveStates(['saved', 'reconnecting', 'saving'])).toBe('reconnecting');
    expect(combineSaveStates(['saved', 'offline', 'reconnecting'])).toBe('offline');
    expect(combineSaveStates([])).toBe('saved');
  });
});
