// Adds an action to the meeting: what, owning agency, named owner, due date, pathway.
import { useState, type FormEvent } from 'react';
import type { Agency } from '../../../shared/domain/records';
import { PATHWAYS, type PathwayKey } from '../../../shared/live/layout';
import { DueDateFields, dueFields, NO_DUE, type DueValue } from './DueDateFields';
import { roomApi } from './roomApi';

interface Props {
  meetingId: string;
  itemId: string;
  personId?: string;
  personName?: string;
  hasReleaseDate: boolean;
  agencies: Agency[];
  defaultAgencyId: string;
}

export function AddActionForm({ meetingId, itemId, personId, personName, hasReleaseDate, agencies, defaultAgencyId }: Props) {
  const [text, setText] = useState('');
  const [agencyId, setAgencyId] = useState(defaultAgencyId);
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState<DueValue>(NO_DUE);
  const [pathway, setPathway] = useState<PathwayKey | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setError('Enter what needs to be done');
    const dueValue = dueFields(due);
    if (typeof dueValue === 'string') return setError(dueValue);
    setBusy(true);
    setError(null);
    try {
      await roomApi.addAction(meetingId, {
        text: text.trim(),
        agencyId,
        ...(owner.trim() ? { owner: owner.trim() } : {}),
        ...dueValue,
        ...(personId ? { personId } : {}),
        ...(pathway ? { pathway } : {}),
        itemId,
      });
      setText('');
      setOwner('');
      setDue(NO_DUE);
      setPathway('');
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="roundtable-add-action" onSubmit={(event) => void submit(event)} noValidate>
      <h4 className="govuk-heading-s">Add an action{personName ? ` for ${personName}` : ''}</h4>
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="action-text">
          What needs to be done
        </label>
        <textarea className="govuk-textarea" id="action-text" rows={2} value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <div className="roundtable-inline-fields">
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="action-agency">
            Owning agency
          </label>
          <select className="govuk-select" id="action-agency" value={agencyId} onChange={(event) => setAgencyId(event.target.value)}>
            {agencies.map((agency) => (
              <option key={agency._id} value={agency._id}>
                {agency.name}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label" htmlFor="action-owner">
            Named owner
          </label>
          <input className="govuk-input govuk-input--width-20" id="action-owner" value={owner} onChange={(event) => setOwner(event.target.value)} />
        </div>
        {personId && (
          <div className="govuk-form-group">
            <label className="govuk-label" htmlFor="action-pathway">
              Pathway
            </label>
            <select className="govuk-select" id="action-pathway" value={pathway} onChange={(event) => setPathway(event.target.value as PathwayKey | '')}>
              <option value="">None</option>
              {PATHWAYS.map(({ key, label }) => (
                <option key={key} value={key}>
                  {label}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <DueDateFields value={due} onChange={setDue} allowRelative={Boolean(personId) && hasReleaseDate} />
      <button type="submit" className="govuk-button" disabled={busy}>
        Add action
      </button>
    </form>
  );
}
