// Room writes made offline that the server refused when they were sent after the link came back (offlineQueue.ts keeps
// them aside with the server's message): shown to the user, never silently kept, each with a way to dismiss it once
// read. Focus moves to the banner when a refusal first appears, and back to the room's heading after the last is dismissed.
import { useEffect, useRef, useState } from 'react';
import { dismissFailed, failedWrites, onQueueChange, type FailedWrite } from '../../live/offlineQueue';
import { useAnnounce } from './RoomAnnouncer';

export function RefusedWrites({ userId, meetingId }: { userId: string; meetingId: string }) {
  const [refused, setRefused] = useState<FailedWrite[]>(() => failedWrites(userId, meetingId));
  const announce = useAnnounce();
  const title = useRef<HTMLHeadingElement>(null);
  const seen = useRef(refused.length);
  useEffect(() => {
    const update = () => setRefused(failedWrites(userId, meetingId));
    update();
    return onQueueChange(update);
  }, [userId, meetingId]);
  useEffect(() => {
    if (refused.length > seen.current) title.current?.focus();
    seen.current = refused.length;
  }, [refused.length]);

  const dismiss = (failed: FailedWrite) => {
    dismissFailed(userId, failed.write.id);
    announce(`Dismissed: ${failed.write.label}`);
    if (refused.length === 1) document.getElementById('room-title')?.focus();
  };

  if (refused.length === 0) return null;
  const count = refused.length === 1 ? '1 change made while you were offline was' : `${refused.length} changes made while you were offline were`;
  return (
    <div className="govuk-notification-banner roundtable-refused" role="region" aria-labelledby="refused-writes-title" data-refused-writes={refused.length}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="refused-writes-title" tabIndex={-1} ref={title}>
          Not saved
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{count} not saved</p>
        <p className="govuk-body">
          They were sent when the connection came back, and the server refused them. Nothing else was lost. Make the change again if it is still needed.
        </p>
        <ul className="govuk-list">
          {refused.map((failed) => (
            <li key={failed.write.id} className="roundtable-refused__item" data-refused-write={failed.write.id}>
              <strong>{failed.write.label}</strong>: {failed.message}{' '}
              <button type="button" className="govuk-button govuk-button--secondary roundtable-compact" onClick={() => dismiss(failed)}>
                Dismiss<span className="govuk-visually-hidden">: {failed.write.label}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
