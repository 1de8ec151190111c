// The proposed agenda as the chair shapes it: move items up or down, remove them, add standing items.
import { useEffect, useState } from 'react';
import { addStandingItem, moveItem, removeItem, type DraftItem } from './agendaDraft';
import type { ProposedCase } from '../../../../shared/api/trackedActions';

interface Props {
  items: DraftItem[];
  cases: ProposedCase[];
  onChange(items: DraftItem[]): void;
}

type FocusTarget = { key: string; control: 'up' | 'down' | 'remove' } | { key: 'add'; control: 'input' };

const controlId = (key: string, control: string) => `agenda-${key}-${control}`;

function caseHint(found: ProposedCase | undefined): string {
  if (!found) return '';
  const reasons = found.reasons.map((reason) => (reason === 'open actions' ? `${found.openActions} open action${found.openActions === 1 ? '' : 's'}` : reason));
  return [found.caseReference, ...reasons].join(' · ');
}

export function AgendaEditor({ items, cases, onChange }: Props) {
  const [newTitle, setNewTitle] = useState('');
  const [newTitleError, setNewTitleError] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const caseByPerson = new Map(cases.map((c) => [c.personId, c]));

  // A moved item keeps keyboard focus on the button just used; at the top or bottom, on the other one.
  useEffect(() => {
    if (!focusTarget) return;
    const wanted = document.getElementById(controlId(focusTarget.key, focusTarget.control));
    const fallback = focusTarget.control === 'up' || focusTarget.control === 'down' ? document.getElementById(controlId(focusTarget.key, focusTarget.control === 'up' ? 'down' : 'up')) : null;
    (wanted ?? fallback ?? document.getElementById('agenda-heading'))?.focus();
  }, [focusTarget]);

  function move(item: DraftItem, by: -1 | 1) {
    const next = moveItem(items, item.key, by);
    onChange(next);
    setAnnouncement(`${item.title} moved to position ${next.indexOf(item) + 1} of ${next.length}`);
    setFocusTarget({ key: item.key, control: by < 0 ? 'up' : 'down' });
  }

  function remove(item: DraftItem) {
    const index = items.indexOf(item);
    const next = removeItem(items, item.key);
    onChange(next);
    setAnnouncement(`${item.title} removed from the agenda`);
    const neighbour = next[Math.min(index, next.length - 1)];
    setFocusTarget(neighbour ? { key: neighbour.key, control: 'remove' } : { key: 'add', control: 'input' });
  }

  function add(event: { preventDefault(): void }) {
    event.preventDefault();
    const title = newTitle.trim();
    if (!title) {
      setNewTitleError('Enter the title of the standing item');
      return;
    }
    if (title.length > 200) {
      setNewTitleError('Title of the standing item must be 200 characters or fewer');
      return;
    }
    onChange(addStandingItem(items, title));
    setNewTitle('');
    setNewTitleError('');
    setAnnouncement(`${title} added to the agenda`);
  }

  return (
    <section aria-labelledby="agenda-heading" className="roundtable-agenda-editor">
      <h2 className="govuk-heading-m" id="agenda-heading" tabIndex={-1}>
        Agenda
      </h2>
      <p className="govuk-body" id="agenda-hint">
        Proposed from the panel&rsquo;s open actions and everyone released in the next 12 weeks. Change the order, remove items or add standing items.
      </p>
      {items.length === 0 ? (
        <p className="govuk-body" data-testid="agenda-empty">
          The agenda is empty.
        </p>
      ) : (
        <ol className="roundtable-agenda-draft" data-testid="agenda-draft" aria-describedby="agenda-hint">
          {items.map((item, index) => {
            const hint = item.kind === 'case' ? caseHint(item.personId ? caseByPerson.get(item.personId) : undefined) : '';
            return (
              <li className="roundtable-agenda-draft__item" key={item.key} data-testid="agenda-draft-item">
                <div className="roundtable-agenda-draft__text">
                  <span className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-0 roundtable-agenda-draft__title">
                    {index + 1}. {item.title}
                  </span>
                  {item.kind === 'standing' && <strong className="govuk-tag govuk-tag--grey roundtable-tag-inline">Standing item</strong>}
                  {hint && <span className="govuk-hint govuk-!-margin-bottom-0 roundtable-agenda-draft__hint">{hint}</span>}
                </div>
                <div className="govuk-button-group roundtable-agenda-draft__controls">
                  {index > 0 && (
                    <button type="button" id={controlId(item.key, 'up')} className="govuk-button govuk-button--secondary" onClick={() => move(item, -1)}>
                      Move up<span className="govuk-visually-hidden"> {item.title}</span>
                    </button>
                  )}
                  {index < items.length - 1 && (
                    <button type="button" id={controlId(item.key, 'down')} className="govuk-button govuk-button--secondary" onClick={() => move(item, 1)}>
                      Move down<span className="govuk-visually-hidden"> {item.title}</span>
                    </button>
                  )}
                  <button type="button" id={controlId(item.key, 'remove')} className="govuk-button govuk-button--secondary" onClick={() => remove(item)}>
                    Remove<span className="govuk-visually-hidden"> {item.title}</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="govuk-visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
      <div className={`govuk-form-group${newTitleError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={controlId('add', 'input')}>
          Add a standing item
        </label>
        <div id="new-standing-item-hint" className="govuk-hint">
          For example, New referrals. It goes before Any other business.
        </div>
        {newTitleError && (
          <p id="new-standing-item-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {newTitleError}
          </p>
        )}
        <div className="roundtable-agenda-draft__add">
          <input
            className={`govuk-input govuk-!-width-two-thirds${newTitleError ? ' govuk-input--error' : ''}`}
            id={controlId('add', 'input')}
            type="text"
            value={newTitle}
            onChange={(event) => setNewTitle(event.target.value)}
            onKeyDown={(event) => {
              // Enter adds the item rather than submitting the whole meeting.
              if (event.key === 'Enter') add(event);
            }}
            aria-describedby={`new-standing-item-hint${newTitleError ? ' new-standing-item-error' : ''}`}
          />
          <button type="button" className="govuk-button govuk-button--secondary" onClick={add}>
            Add standing item
          </button>
        </div>
      </div>
    </section>
  );
}
