// The chair's "Close meeting": shows the close review, then closes on confirmation.
import { useEffect, useRef, useState } from 'react';
import { useRoom } from '../RoomContext';
import { useAnnounce } from '../shell/RoomAnnouncer';
import { roomApi } from '../shell/roomApi';
import { CloseReviewSummary } from './CloseReviewSummary';
import type { CloseReview } from '../../../../shared/api/close';

interface Props {
  onClosed(): void;
}

const REFRESH_MS = 3000;

export function CloseMeeting({ onClosed }: Props) {
  const { meetingId } = useRoom();
  const [review, setReview] = useState<CloseReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Keyboard focus follows what appears: the review's heading when it opens, "Close meeting" again on Cancel.
  const announce = useAnnounce();
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const focusNext = useRef<'review' | 'button' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'review' && review) reviewHeading.current?.focus();
    if (focusNext.current === 'button' && !review) closeButton.current?.focus();
    focusNext.current = null;
  }, [review]);

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
  const openReview = () =>
    run(async () => {
      const loaded = await roomApi.closeReview(meetingId);
      focusNext.current = 'review';
      setReview(loaded);
      announce('Before you close the meeting: check the review, then confirm or cancel');
    });
  const cancel = () => {
    focusNext.current = 'button';
    setReview(null);
    announce('Closing cancelled: the meeting is still open');
  };
  // While the review is open it is asked again every few seconds: someone whose changes had not arrived may
  // reconnect and send them, and the chair can wait for that before confirming.
  const reviewOpen = review !== null;
  useEffect(() => {
    if (!reviewOpen) return;
    let stopped = false;
    const timer = setInterval(() => {
      roomApi
        .closeReview(meetingId)
        .then((next) => !stopped && setReview((current) => (current ? next : current)))
        .catch(() => {});
    }, REFRESH_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [reviewOpen, meetingId]);
  const checkAgain = () => run(async () => setReview(await roomApi.closeReview(meetingId)));
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
        <button ref={closeButton} type="button" className="govuk-button govuk-button--warning" disabled={busy} onClick={() => void openReview()}>
          Close meeting
        </button>
      )}
      {review && (
        <section className="roundtable-close__review" aria-labelledby="close-review-title">
          <h2 className="govuk-heading-m" id="close-review-title" tabIndex={-1} ref={reviewHeading}>
            Before you close the meeting
          </h2>
          <CloseReviewSummary review={review} />
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
            {review.unsent.length ? (
              <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={() => void checkAgain()}>
                Check again
              </button>
            ) : null}
            <button type="button" className="govuk-button govuk-button--secondary" disabled={busy} onClick={cancel}>
              Cancel
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
