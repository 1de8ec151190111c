// The form: panel, title, type, date and time, attendees and the agenda; POST /api/meetings on submit.
import { useCallback, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { Meeting, Panel, PublicUser } from '../../../../shared/domain/records';
import { MEETING_TYPES, type MeetingType } from '../../../../shared/domain/schemas';
import { ApiError } from '../../api';
import { ErrorSummary, type FieldError } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { TextField } from '../../components/TextField';
import { useApiData } from '../../components/useApiData';
import { usePageTitle } from '../../components/usePageTitle';
import { MEETING_TYPE_LABELS } from '../../labels';
import type { Directory } from '../../session/useDirectory';
import { AgendaEditor } from './AgendaEditor';
import { toAgendaInput, toDraft, type DraftItem } from './agendaDraft';
import { AttendeeCheckboxes } from './AttendeeCheckboxes';
import { PartsInput } from './PartsInput';
import { scheduleApi } from './scheduleApi';
import { isoToUkParts, ukLocalToIso, type DateParts, type TimeParts } from './ukDateTime';
import { fieldOfServerMessage, validateSchedule } from './validateSchedule';

export interface ScheduleFormProps {
  panels: Panel[];
  users: PublicUser[];
  directory: Directory;
  /** The meeting this one follows, when scheduled from it: panel, type, title, time and attendees carry over. */
  previous: Meeting | null;
  initialPanelId: string;
  chairId: string;
}

const DATE_PARTS = [
  { name: 'day', label: 'Day', width: 2 },
  { name: 'month', label: 'Month', width: 2 },
  { name: 'year', label: 'Year', width: 4 },
] as const satisfies readonly { name: keyof DateParts; label: string; width: 2 | 4 }[];
const TIME_PARTS = [
  { name: 'hour', label: 'Hour', width: 2 },
  { name: 'minute', label: 'Minute', width: 2 },
] as const satisfies readonly { name: keyof TimeParts; label: string; width: 2 | 4 }[];

function useProposedAgenda(panelId: string) {
  const load = useCallback(
    async (signal: AbortSignal) => {
      if (!panelId) return { panelId, items: [] as DraftItem[], cases: [] };
      const proposal = await scheduleApi.proposedAgenda(panelId, signal);
      return { panelId, items: toDraft(proposal.agenda), cases: proposal.cases };
    },
    [panelId],
  );
  return useApiData(load);
}

function fieldError(errors: FieldError[], prefix: string): { message?: string; parts?: string[] } {
  const found = errors.filter((e) => e.field === prefix || e.field.startsWith(`${prefix}-`));
  if (!found.length) return {};
  return { message: found[0].message, parts: found.map((e) => e.field.slice(prefix.length + 1)).filter(Boolean) };
}

export function ScheduleMeetingForm({ panels, users, directory, previous, initialPanelId, chairId }: ScheduleFormProps) {
  const navigate = useNavigate();
  const previousParts = previous ? isoToUkParts(previous.startsAt) : null;
  const [panelId, setPanelId] = useState(initialPanelId);
  const [type, setType] = useState<MeetingType>(previous?.type ?? panels.find((p) => p._id === initialPanelId)?.type ?? 'IOM');
  const [title, setTitle] = useState(previous?.title ?? '');
  const [date, setDate] = useState<DateParts>({ day: '', month: '', year: '' });
  const [time, setTime] = useState<TimeParts>(previousParts?.time ?? { hour: '', minute: '' });
  const [attendeeIds, setAttendeeIds] = useState<string[]>(previous ? previous.attendeeIds.filter((id) => id !== chairId) : []);
  const [edited, setEdited] = useState<{ panelId: string; items: DraftItem[] } | null>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  usePageTitle('Schedule the next meeting', errors.length > 0);

  const proposal = useProposedAgenda(panelId);
  const proposalReady = proposal.status === 'loaded' && proposal.data.panelId === panelId;
  const agenda = edited?.panelId === panelId ? edited.items : proposalReady ? proposal.data.items : [];

  function choosePanel(id: string) {
    setPanelId(id);
    const panel = panels.find((p) => p._id === id);
    if (panel) setType(panel.type);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = validateSchedule({ panelId, title, date, time });
    if (!proposalReady && !problems.length) problems.push({ field: 'panel', message: 'The proposed agenda for this panel has not loaded yet. Try again in a moment.' });
    setErrors(problems);
    if (problems.length) return;
    setSaving(true);
    try {
      const meeting = await scheduleApi.createMeeting({
        panelId,
        title: title.trim(),
        type,
        startsAt: ukLocalToIso(date, time),
        chairId,
        attendeeIds,
        agenda: toAgendaInput(agenda),
      });
      void navigate(`/meetings/${meeting._id}`);
    } catch (err) {
      const message = err instanceof ApiError ? err.message : 'The meeting could not be scheduled. Try again.';
      setErrors([{ field: fieldOfServerMessage(message), message }]);
      setSaving(false);
    }
  }

  const titleError = fieldError(errors, 'title').message;
  const panelError = fieldError(errors, 'panel').message;
  const dateError = fieldError(errors, 'date');
  const timeError = fieldError(errors, 'time');
  const panelName = panels.find((p) => p._id === panelId)?.name;
  return (
    <>
      <ErrorSummary errors={errors} />
      {panelName && <span className="govuk-caption-l">{panelName}</span>}
      <h1 className="govuk-heading-l">Schedule the next meeting</h1>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <div className={`govuk-form-group${panelError ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor="panel">
            Panel
          </label>
          {panelError && (
            <p id="panel-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {panelError}
            </p>
          )}
          <select
            className={`govuk-select${panelError ? ' govuk-select--error' : ''}`}
            id="panel"
            name="panelId"
            value={panelId}
            onChange={(event) => choosePanel(event.target.value)}
            aria-describedby={panelError ? 'panel-error' : undefined}
          >
            {!panelId && <option value="">Select a panel</option>}
            {panels.map((panel) => (
              <option key={panel._id} value={panel._id}>
                {panel.name}
              </option>
            ))}
          </select>
        </div>
        <TextField id="title" label="Title" className="govuk-!-width-two-thirds" value={title} onChange={setTitle} error={titleError} hint="Everyone invited sees this in their meetings list." />
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="type">
            Type of meeting
          </label>
          <select className="govuk-select" id="type" name="type" value={type} onChange={(event) => setType(event.target.value as MeetingType)}>
            {MEETING_TYPES.map((t) => (
              <option key={t} value={t}>
                {MEETING_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </div>
        <PartsInput id="date" legend="Date of the meeting" hint="For example, 27 3 2026" parts={[...DATE_PARTS]} values={date} onChange={setDate} error={dateError.message} errorParts={dateError.parts as (keyof DateParts)[] | undefined} />
        <PartsInput id="time" legend="Start time" hint="UK time, 24-hour clock. For example, 14 00" parts={[...TIME_PARTS]} values={time} onChange={setTime} error={timeError.message} errorParts={timeError.parts as (keyof TimeParts)[] | undefined} />
        <AttendeeCheckboxes users={users} directory={directory} chairId={chairId} selected={attendeeIds} onChange={setAttendeeIds} />
        {proposal.status === 'failed' && (
          <p className="govuk-body" role="alert">
            The proposed agenda could not be loaded: {proposal.error.message}
          </p>
        )}
        {proposal.status !== 'failed' && !proposalReady && <Loading what="the proposed agenda" />}
        {proposalReady && <AgendaEditor items={agenda} cases={proposal.data.cases} onChange={(items) => setEdited({ panelId, items })} />}
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" disabled={saving} aria-disabled={saving}>
            Schedule meeting
          </button>
        </div>
      </form>
    </>
  );
}
