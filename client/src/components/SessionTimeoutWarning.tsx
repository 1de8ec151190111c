// GOV.UK's timeout warning: a modal dialog a minute before the session ends, with "Stay signed in". Focus moves
// into it, the rest of the page is inert (a native modal <dialog>), Escape means "stay", and the time left is
// read when it opens and announced every 15 seconds (not every second, which would drown a screen reader).
import { useEffect, useRef, useState } from 'react';
import { useSession } from '../session/SessionContext';
import { useSessionTimeout } from '../session/useSessionTimeout';
import './SessionTimeoutWarning.css';

function timeLeft(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds >= 60) {
    const minutes = Math.round(seconds / 60);
    return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  }
  return `${seconds} second${seconds === 1 ? '' : 's'}`;
}

export function SessionTimeoutWarning() {
  const { user, signOut } = useSession();
  const timeout = useSessionTimeout(user !== null, () => void signOut());
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const returnFocus = useRef<Element | null>(null);
  const [now, setNow] = useState(() => Date.now());
  const open = timeout.phase === 'warning';
  const endsAt = timeout.phase === 'warning' ? timeout.endsAt : 0;

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnFocus.current = document.activeElement;
      element.showModal();
      heading.current?.focus();
    } else if (!open && element.open) {
      element.close();
      if (returnFocus.current instanceof HTMLElement) returnFocus.current.focus();
    }
  }, [open]);

  useEffect(() => {
    if (!open) return;
    setNow(Date.now());
    const ticker = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(ticker);
  }, [open]);

  const left = endsAt - now;
  const seconds = Math.max(0, Math.ceil(left / 1000));
  // The dialog's description is read when focus moves in; the live region then repeats the time every 15 seconds.
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    if (!open) setAnnounced('');
    else if (seconds > 0 && seconds % 15 === 0) setAnnounced(`You will be signed out in ${timeLeft(seconds * 1000)}.`);
  }, [open, seconds]);

  const absolute = timeout.phase === 'warning' && timeout.reason === 'absolute';
  const stay = () => {
    timeout.staySignedIn().catch(() => {
      // A 401 signs the client out through the API's own handling; nothing else to do here.
    });
  };

  return (
    <dialog
      ref={dialog}
      className="roundtable-timeout-warning"
      role="dialog"
      aria-modal="true"
      aria-labelledby="timeout-warning-title"
      aria-describedby="timeout-warning-text"
      onCancel={(event) => {
        // Escape: GOV.UK's pattern treats it as "stay signed in".
        event.preventDefault();
        if (!absolute) stay();
      }}
    >
      <h2 className="govuk-heading-m" id="timeout-warning-title" ref={heading} tabIndex={-1}>
        You’re about to be signed out
      </h2>
      <p className="govuk-body" id="timeout-warning-text">
        {absolute ? 'Sessions have a time limit. ' : 'For your security, '}we will sign you out in <strong>{timeLeft(left)}</strong>.
      </p>
      <div className="govuk-visually-hidden" aria-live="assertive">
        {announced}
      </div>
      <div className="govuk-button-group">
        {!absolute && (
          <button type="button" className="govuk-button" onClick={stay}>
            Stay signed in
          </button>
        )}
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </dialog>
  );
}
