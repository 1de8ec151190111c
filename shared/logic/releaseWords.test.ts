import { describe, expect, it } from 'vitest';
import { releaseWords } from './releaseWords';

const TODAY = '2026-11-24';

describe('release words', () => {
  it('says "due for release" while the date is ahead, whatever the status says', () => {
    expect(releaseWords('2026-12-03', 'sentenced', TODAY)).toMatchObject({ text: 'Due for release in 9 days', tone: 'within-four-weeks', days: 9 });
    expect(releaseWords('2026-11-25', 'remand', TODAY).text).toBe('Due for release tomorrow');
    expect(releaseWords('2026-11-29', 'recalled', TODAY)).toMatchObject({ text: 'Due for release in 5 days', tone: 'this-week' });
    expect(releaseWords('2027-01-10', 'sentenced', TODAY).tone).toBe('later');
    // A future date is never "released", even on a record already marked on licence.
    expect(releaseWords('2026-12-03', 'on-licence', TODAY).text).toBe('Due for release in 9 days');
    expect(releaseWords('2026-12-03', undefined, TODAY).text).not.toMatch(/^Released/);
  });

  it('says "released ... ago" once the date has passed', () => {
    expect(releaseWords('2026-11-21', 'on-licence', TODAY)).toMatchObject({ text: 'Released 3 days ago', tone: 'released', days: -3 });
    expect(releaseWords('2026-11-23', 'sentenced', TODAY).text).toBe('Released 1 day ago');
  });

  it('never says "released" for a passed date while the person is on remand, recalled or unlawfully at large', () => {
    expect(releaseWords('2026-11-21', 'remand', TODAY)).toMatchObject({ text: 'Release date passed 3 days ago; on remand', tone: 'not-released', days: -3 });
    expect(releaseWords('2026-11-23', 'unlawfully-at-large', TODAY)).toMatchObject({ text: 'Release date passed 1 day ago; unlawfully at large', tone: 'not-released' });
    expect(releaseWords('2026-11-14', 'recalled', TODAY).text).toBe('Release date passed 10 days ago; recalled to custody');
    for (const status of ['remand', 'recalled', 'unlawfully-at-large']) expect(releaseWords('2026-11-20', status, TODAY).text).not.toMatch(/^Released/);
  });

  it('never says "released" once the lead agency confirmed the release did not happen', () => {
    expect(releaseWords('2026-11-21', 'sentenced', { today: TODAY, outcome: 'not-released' })).toMatchObject({
      text: 'Release did not happen: it was due 3 days ago',
      tone: 'not-released',
      days: -3,
    });
    expect(releaseWords('2026-11-24', 'on-licence', { today: TODAY, outcome: 'not-released' }).text).toBe('Release did not happen today');
    // A confirmed release reads as before; a confirmation does not change a date still ahead.
    expect(releaseWords('2026-11-21', 'on-licence', { today: TODAY, outcome: 'released-met' }).text).toBe('Released 3 days ago');
    expect(releaseWords('2026-11-27', 'sentenced', { today: TODAY, outcome: 'not-released' }).text).toBe('Due for release in 3 days');
  });

  it('on the day itself follows the status', () => {
    expect(releaseWords('2026-11-24', 'sentenced', TODAY).text).toBe('Due for release today');
    expect(releaseWords('2026-11-24', 'in-custody', TODAY).text).toBe('Due for release today');
    expect(releaseWords('2026-11-24', 'on-licence', TODAY).text).toBe('Released today');
    expect(releaseWords('2026-11-24', 'on-hdc', TODAY).text).toBe('Released today');
  });

  it('counts whole UK calendar days across the clocks going back', () => {
    expect(releaseWords('2026-10-26', 'sentenced', '2026-10-24').text).toBe('Due for release in 2 days');
  });

  it('uses the UK today by default', () => {
    const tomorrowInUk = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + 86_400_000));
    expect(releaseWords(tomorrowInUk, 'sentenced').text).toBe('Due for release tomorrow');
  });
});
