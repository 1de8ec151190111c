// Whether this user's screen follows the chair's current item.
export function FollowChairToggle({ following, onChange }: { following: boolean; onChange(following: boolean): void }) {
  return (
    <div className="govuk-checkboxes govuk-checkboxes--small roundtable-follow">
      <div className="govuk-checkboxes__item">
        <input className="govuk-checkboxes__input" id="follow-chair" type="checkbox" checked={following} onChange={(event) => onChange(event.target.checked)} />
        <label className="govuk-label govuk-checkboxes__label" htmlFor="follow-chair">
          Following the chair
        </label>
      </div>
    </div>
  );
}
