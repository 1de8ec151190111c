// Shown once the meeting is closed: nobody can change its record any more. Below it, what this device still
// held unsent at the close (to send as a late addition) and, for the chair, the late additions to decide.
import { useEffect, useRef } from 'react';
import { useHeldChanges } from '../../live/useHeldChanges';
import { useRoom } from '../RoomContext';
import { HeldChanges } from './HeldChanges';
import { LateAdditionsReview } from './LateAdditionsReview';

/** `takeFocus`: the chair has just closed the meeting here, so focus moves to the confirmation. */
export function ClosedBanner({ takeFocus = false }: { takeFocus?: boolean }) {
  const { meetingId, user, isChair, room, control } = useRoom();
  const held = useHeldChanges(meetingId, user._id, room.closed, control.connected);
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus) banner.current?.focus();
  }, [takeFocus]);
  return (
    <>
      <div className="govuk-notification-banner" role="region" aria-labelledby="closed-banner-title" tabIndex={-1} ref={banner}>
        <div className="govuk-notification-banner__header">
          <h2 className="govuk-notification-banner__title" id="closed-banner-title">
            Closed
          </h2>
        </div>
        <div className="govuk-notification-banner__content">
          <p className="govuk-notification-banner__heading">This meeting is closed: the record is read-only</p>
        </div>
      </div>
      <HeldChanges held={held} />
      {isChair && <LateAdditionsReview />}
    </>
  );
}
