// The fields of a case's restricted section (victim safety planning, restricted intelligence), bound to its own live document.
import type * as Y from 'yjs';
import { RESTRICTED, RESTRICTED_TEXT_FIELDS } from '../../../../shared/live/layout';
import type { LiveDoc } from '../../live/useYDoc';
import { useYObserved } from '../../live/useYObserved';
import { CollaborativeField } from '../CollaborativeField';

export function RestrictedFields({ live, readOnly }: { live: LiveDoc; readOnly: boolean }) {
  const sections = live.doc.getMap<unknown>(RESTRICTED.sections);
  // The fields appear once the server's initial content has arrived.
  useYObserved(sections);
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
          ytext={sections.get(key) as Y.Text | undefined}
          fieldKey={`restricted.${key}`}
          label={label}
          labelClassName="govuk-label--s"
          rows={6}
          readOnly={readOnly}
        />
      ))}
    </div>
  );
}
