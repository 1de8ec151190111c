/** A failed load: the API's own message (for example "You are not invited to this meeting"). */
export function LoadFailed({ error, title = 'Sorry, there is a problem' }: { error: Error; title?: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">{title}</h1>
      <p className="govuk-body" role="alert">
        {error.message}
      </p>
    </>
  );
}
