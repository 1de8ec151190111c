import { describe, expect, it } from 'vitest';
import { assignColours, hashedColour, USER_COLOURS } from './distinctColours';

describe('assignColours', () => {
  it('gives two people whose ids hash to the same colour different colours', () => {
    // Find two ids that collide under the hash.
    const first = 'user-0';
    let second = '';
    for (let n = 1; !second; n++) if (hashedColour(`user-${n}`) === hashedColour(first)) second = `user-${n}`;
    const colours = assignColours([first, second]);
    expect(colours.get(first)).not.toBe(colours.get(second));
  });
  it('is the same whatever the order of the presence list', () => {
    const ids = Array.from({ length: 8 }, (_, n) => `id-${n * 7}`);
    expect([...assignColours(ids)].sort()).toEqual([...assignColours([...ids].reverse())].sort());
  });
  it('uses every colour once before any repeats', () => {
    const ids = Array.from({ length: USER_COLOURS.length }, (_, n) => `person-${n}`);
    expect(new Set(assignColours(ids).values()).size).toBe(USER_COLOURS.length);
    expect(assignColours([...ids, 'one-more']).size).toBe(USER_COLOURS.length + 1);
  });
});
