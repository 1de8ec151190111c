// The fields of a case's restricted section (victim safety planning, restricted intelligence), bound to its own live document.
import { RESTRICTED_TEXT_FIELDS, restrictedSections, restrictedText } from '../../../../shared/live/restrictedDoc';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { CollaborativeField } from '../case/CollaborativeField';

export function RestrictedFields({ live }: { live: LiveDoc }) {
  // The fields appear once the server's initial content has arrived.
  useYObserved(restrictedSections(live.doc));
  return (
    <div className="roundtable-restricted" data-restricted-doc={live.name}>
      <h3 className="govuk-heading-m">
        <strong className="govuk-tag govuk-tag--red roundtable-tag-compact">Restricted</strong> Victim safety and restricted intelligence
      </h3>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Only agencies the chair allows can see this section
        </strong>
      </div>
      {RESTRICTED_TEXT_FIELDS.map(({ key, label }) => (
        <CollaborativeField
          key={key}
          live={live}
          ytext={restrictedText(live.doc, key)}
          fieldKey={`restricted.${key}`}
          label={label}
          labelClassName="govuk-label--s"
          rows={6}
        />
      ))}
    </div>
  );
}
