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

/** WCAG 2 contrast ratio of white text on a #rrggbb background. */
function contrastWithWhite(hex: string): number {
  const channel = (at: number) => {
    const c = parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  return 1.05 / (luminance + 0.05);
}

describe('USER_COLOURS', () => {
  it('each carries white text at 4.5:1 or more (the "is typing" and caret labels)', () => {
    // Positive control: GOV.UK's orange, once in the palette, does not.
    expect(contrastWithWhite('#f47738')).toBeLessThan(4.5);
    for (const colour of USER_COLOURS) expect(contrastWithWhite(colour), colour).toBeGreaterThanOrEqual(4.5);
  });
});
