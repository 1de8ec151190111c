// A date and time typed in UK local time (GMT or BST), checked and turned into an ISO instant.
const LONDON = 'Europe/London';
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export interface TimeParts {
  hour: string;
  minute: string;
}

export type DateField = keyof DateParts;
export type TimeField = keyof TimeParts;

const wholeNumber = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : NaN);

/** What is wrong with the date, GOV.UK style, naming the first part to fix; null when it is a real date. */
export function dateProblem(parts: DateParts): { field: DateField; message: string } | null {
  const missing = (['day', 'month', 'year'] as const).filter((field) => !parts[field].trim());
  if (missing.length === 3) return { field: 'day', message: 'Enter the date of the meeting' };
  if (missing.length) return { field: missing[0], message: `Date of the meeting must include a ${missing.join(' and ')}` };
  const [day, month, year] = [wholeNumber(parts.day), wholeNumber(parts.month), wholeNumber(parts.year)];
  if (Number.isNaN(year) || year < 1000) return { field: 'year', message: 'Year must include 4 numbers' };
  if (Number.isNaN(month) || month < 1 || month > 12) return { field: 'month', message: 'Date of the meeting must be a real date' };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (Number.isNaN(day) || day < 1 || day > daysInMonth) return { field: 'day', message: 'Date of the meeting must be a real date' };
  return null;
}

export function timeProblem(parts: TimeParts): { field: TimeField; message: string } | null {
  if (!parts.hour.trim() && !parts.minute.trim()) return { field: 'hour', message: 'Enter the time the meeting starts' };
  const hour = wholeNumber(parts.hour);
  const minute = parts.minute.trim() ? wholeNumber(parts.minute) : 0;
  if (Number.isNaN(hour) || hour > 23) return { field: 'hour', message: 'Hour must be between 0 and 23' };
  if (Number.isNaN(minute) || minute > 59) return { field: 'minute', message: 'Minute must be between 0 and 59' };
  return null;
}

/** Minutes London is ahead of UTC at that instant (0 in winter, 60 in summer). */
function londonOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute));
  return Math.round((asUtc - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The instant a valid UK date and time stand for, as an ISO string in UTC. */
export function ukLocalToIso(date: DateParts, time: TimeParts): string {
  const wall = Date.UTC(Number(date.year), Number(date.month) - 1, Number(date.day), Number(time.hour), Number(time.minute || 0));
  // The offset at the wall time read as UTC is right except within an hour of a clock change; a second pass settles it.
  let instant = wall - londonOffsetMinutes(wall) * 60_000;
  instant = wall - londonOffsetMinutes(instant) * 60_000;
  return new Date(instant).toISOString();
}

/** The UK date and time parts of an ISO instant, to prefill the form. */
export function isoToUkParts(iso: string): { date: DateParts; time: TimeParts } {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return {
    date: { day: parts.day, month: parts.month, year: parts.year },
    time: { hour: parts.hour.padStart(2, '0'), minute: parts.minute.padStart(2, '0') },
  };
}
