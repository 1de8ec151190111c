// Another person's caret in the notes carries their name, and the name must not hide the line above it (issue 10 §7), in
// real Chromium against a real server. Probation types two lines one under the other (a line break inside one
// paragraph: the closest two lines can be) and leaves its caret at the end of the second; on the chair's page the
// box of probation's name tag is measured against the glyphs of the first line.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser } from '../support/browser.js';
import { expectNoAxeViolations } from './axe.js';
import { screenshot } from './pageSupport.js';
import { POLL, startMeetingOn, startRoomSuite, type Member, type RoomSuite } from './roomSupport.js';

describeBrowser("another person's caret label in the notes (browser)", () => {
  let suite: RoomSuite;
  let chair: Member;
  let probation: Member;

  beforeAll(async () => {
    suite = await startRoomSuite();
    chair = await suite.join('chair');
    probation = await suite.join('probation');
    await startMeetingOn(chair, [probation]);
  });

  afterAll(() => suite?.stop());

  it("sits between the lines: the name tag's box does not reach into the line above", async () => {
    for (const member of [chair, probation]) await member.page.getByRole('tab', { name: 'Notes' }).click();
    const notes = probation.page.getByRole('textbox', { name: /Notes/ });
    await notes.click();
    await notes.pressSequentially('Sister has offered a room from week three', { delay: 5 });
    await probation.page.keyboard.press('Shift+Enter');
    await notes.pressSequentially('Hostel bed held until then', { delay: 5 });

    const label = chair.page.locator('.collaboration-carets__label', { hasText: 'Priya Shah' });
    await expect.poll(() => label.count(), POLL).toBe(1);
    await expect.poll(() => chair.page.getByRole('textbox', { name: /Notes/ }).textContent(), POLL).toContain('Hostel bed held until then');
    const boxes = await chair.page.evaluate(() => {
      const editor = document.querySelector('.roundtable-notes__editor')!;
      // The first line's glyphs: a range over its text node.
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let first: Text | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node.textContent ?? '').includes('Sister has offered')) {
          first = node as Text;
          break;
        }
      }
      const range = document.createRange();
      range.selectNodeContents(first!);
      const lines = [...range.getClientRects()];
      const tag = document.querySelector('.collaboration-carets__label')!.getBoundingClientRect();
      const caret = document.querySelector('.collaboration-carets__caret')!.getBoundingClientRect();
      return { lineAbove: { top: lines.at(-1)!.top, bottom: lines.at(-1)!.bottom, left: lines[0]!.left, right: lines.at(-1)!.right }, tag: { top: tag.top, bottom: tag.bottom, left: tag.left, right: tag.right }, caretTop: caret.top };
    });
    console.log(`line above ${JSON.stringify(boxes.lineAbove)}, name tag ${JSON.stringify(boxes.tag)}, caret top ${boxes.caretTop}`);
    await screenshot(chair.page, 'caret-label');
    await expectNoAxeViolations(chair.page, "notes with another person's caret and name tag");
    // The tag is on the second line's caret, below the first line's text: they share no pixel row.
    expect(boxes.caretTop).toBeGreaterThan(boxes.lineAbove.bottom);
    expect(boxes.tag.top).toBeGreaterThanOrEqual(boxes.lineAbove.bottom);
    for (const member of [chair, probation]) expect(member.errors, member.name).toEqual([]);
  });
});
