import { formatDateTime } from '../../format';
import { actionStatusLabel } from '../../../../shared/domain/actionStatus';

interface Note {
  at: string;
  by: string;
  byName?: string;
  text: string;
  status?: string;
}

/** Progress notes, newest first, as an MOJ timeline. */
export function ProgressNotes({ notes }: { notes: Note[] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Progress notes</h2>
      {notes.length === 0 ? (
        <p className="govuk-body">No progress notes yet.</p>
      ) : (
        <div className="moj-timeline">
          {[...notes].reverse().map((note) => (
            <div className="moj-timeline__item" key={note.at + note.by}>
              <div className="moj-timeline__header">
                <h3 className="moj-timeline__title">{note.status ? `Status: ${actionStatusLabel(note.status)}` : 'Progress note'}</h3>
                {note.byName && <p className="moj-timeline__byline">by {note.byName}</p>}
              </div>
              <p className="moj-timeline__date">
                <time dateTime={note.at}>{formatDateTime(note.at)}</time>
              </p>
              <div className="moj-timeline__description roundtable-preserve-lines">{note.text}</div>
            </div>
          ))}
        </div>
      )}
    </>
  );
}
