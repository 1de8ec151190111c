// "Today" as a UK panel means it: the calendar date in Europe/London, the same on server and client,
// so an overdue flag never differs between them for the hour after midnight in summer.
export const UK_TIME_ZONE = 'Europe/London';

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: UK_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the UK as YYYY-MM-DD. */
export function ukToday(now: Date = new Date()): string {
  return londonDate.format(now);
}
