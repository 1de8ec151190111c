/** The Government Security Classification of everything Roundtable shows, on every page. */
export function ProtectiveMarking() {
  return (
    <div className="roundtable-marking" role="note" aria-label="Protective marking">
      <div className="govuk-width-container">
        <strong>OFFICIAL-SENSITIVE</strong>
        <span className="roundtable-marking__hint"> Share only with people who need to know</span>
      </div>
    </div>
  );
}
