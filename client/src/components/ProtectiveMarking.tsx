/** The Government Security Classification of everything Roundtable shows, on every page: a named region, so that
 *  all content sits in a landmark (axe's `region` rule) and a screen reader can jump to it. */
export function ProtectiveMarking() {
  return (
    <section className="roundtable-marking" aria-label="Protective marking">
      <div className="govuk-width-container">
        <strong>OFFICIAL-SENSITIVE</strong>
        <span className="roundtable-marking__hint"> Share only with people who need to know</span>
      </div>
    </section>
  );
}
