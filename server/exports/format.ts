// Dates and labels as UK readers expect them in exports.
export function ukDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(isoDate.length === 10 ? `${isoDate}T12:00:00Z` : isoDate);
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' }).format(date);
}

export function ukDateTime(iso: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' }).format(new Date(iso));
}

export function statusLabel(status: string): string {
  const labels: Record<string, string> = {
    open: 'Open',
    'in-progress': 'In progress',
    done: 'Done',
    blocked: 'Blocked',
    'not-done': 'Not done',
    'could-not-be-done': 'Could not be done (change in circumstance)',
  };
  return labels[status] ?? status;
}
