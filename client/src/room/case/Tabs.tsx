// GOV.UK tabs driven by React (the govuk-frontend script is not loaded): arrow keys move between tabs.
import { useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab {
  id: string;
  label: ReactNode;
  panel: ReactNode;
  /** Extra class on the tab and its panel, e.g. to mark a restricted section. */
  className?: string;
}

export function Tabs({ title, tabs }: { title: string; tabs: Tab[] }) {
  // Nothing chosen yet means the first tab, whichever tabs the current item has.
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const selected = tabs.find((tab) => tab.id === selectedId) ?? tabs[0];

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length];
    setSelectedId(next.id);
    document.getElementById(`tab_${next.id}`)?.focus();
  };

  return (
    <div className="govuk-tabs">
      <h2 className="govuk-tabs__title">{title}</h2>
      <ul className="govuk-tabs__list" role="tablist">
        {tabs.map((tab, index) => {
          const isSelected = tab.id === selected?.id;
          return (
            <li key={tab.id} className={['govuk-tabs__list-item', isSelected ? 'govuk-tabs__list-item--selected' : '', tab.className ?? ''].filter(Boolean).join(' ')} role="presentation">
              <a
                className="govuk-tabs__tab"
                href={`#${tab.id}`}
                id={`tab_${tab.id}`}
                role="tab"
                aria-controls={tab.id}
                aria-selected={isSelected}
                tabIndex={isSelected ? 0 : -1}
                onClick={(event) => {
                  event.preventDefault();
                  setSelectedId(tab.id);
                }}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                {tab.label}
              </a>
            </li>
          );
        })}
      </ul>
      {selected && (
        <div className={`govuk-tabs__panel ${selected.className ?? ''}`.trim()} id={selected.id} role="tabpanel" aria-labelledby={`tab_${selected.id}`}>
          {selected.panel}
        </div>
      )}
    </div>
  );
}
