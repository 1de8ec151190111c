// A polite live region: screen readers announce each new message (access given, withdrawn, saved).
export function LiveAnnouncement({ message }: { message: string }) {
  return (
    <div className="govuk-visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-access-announcement>
      {message}
    </div>
  );
}
