// Checks the schedule form before anything is sent; each problem names the field it links to.
import type { FieldError } from '../../components/ErrorSummary';
import { dateProblem, timeProblem, ukLocalToIso, type DateParts, type TimeParts } from './ukDateTime';

export interface ScheduleFields {
  panelId: string;
  title: string;
  date: DateParts;
  time: TimeParts;
}

export function validateSchedule(fields: ScheduleFields, now = Date.now()): FieldError[] {
  const errors: FieldError[] = [];
  if (!fields.panelId) errors.push({ field: 'panel', message: 'Select the panel' });
  if (!fields.title.trim()) errors.push({ field: 'title', message: 'Enter a title for the meeting' });
  else if (fields.title.trim().length > 200) errors.push({ field: 'title', message: 'Title must be 200 characters or fewer' });
  const date = dateProblem(fields.date);
  if (date) errors.push({ field: `date-${date.field}`, message: date.message });
  const time = timeProblem(fields.time);
  if (time) errors.push({ field: `time-${time.field}`, message: time.message });
  if (!date && !time && Date.parse(ukLocalToIso(fields.date, fields.time)) <= now) errors.push({ field: 'date-day', message: 'Date of the meeting must be in the future' });
  return errors;
}

const SERVER_FIELDS: Record<string, string> = { panelId: 'panel', title: 'title', type: 'type', startsAt: 'date-day', chairId: 'panel', attendeeIds: 'attendees', agenda: 'agenda-heading' };

/** Which field a server message such as "Invalid title: is required" is about; the panel select when it names none. */
export function fieldOfServerMessage(message: string): string {
  const named = /^Invalid ([\w.]+)/.exec(message)?.[1]?.split('.')[0];
  return (named && SERVER_FIELDS[named]) || 'panel';
}
