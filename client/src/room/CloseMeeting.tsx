// The chair's "Close meeting": shows the close review, then closes on confirmation.
import { useState } from 'react';
import type { Directory } from '../session/useDirectory';
import { CloseReviewSummary } from './CloseReviewSummary';
import { roomApi, type CloseReview } from './roomApi';

interface Props {
  meetingId: string;
  directory: Directory | null;
  caseTitle(personId: string | undefined): string;
  onClosed(): void;
}

export function CloseMeeting({ meetingId, directory, caseTitle, onClosed }: Props) {
  const [review, setReview] = useState<CloseReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  const openReview = () => run(async () => setReview(await roomApi.closeReview(meetingId)));
  const close = () =>
    run(async () => {
      await roomApi.close(meetingId);
      setReview(null);
      onClosed();
    });

  return (
    <div className="roundtable-close">
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      {!review && (
        <button type="button" className="govuk-button govuk-button--warning" disabled={busy} onClick={() => void openReview()}>
          Close meeting
        </button>
      )}
      {review && (
        <section className="roundtable-close__review" aria-labelledby="close-review-title">
          <h2 className="govuk-heading-m" id="close-review-title">
            Before you close the meeting
          </h2>
          <CloseReviewSummary review={review} directory={directory} caseTitle={caseTitle} />
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              Closing freezes the record and sends each agency its list of actions. It cannot be undone.
            </strong>
          </div>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--warning" disabled={busy} onClick={() => void close()}>
              Confirm and close meeting
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={() => setReview(null)}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
