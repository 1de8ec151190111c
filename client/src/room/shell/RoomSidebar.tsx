// The agenda and who is in the room: a column beside the item on a wide screen; on a narrow or zoomed one (a
// 1280×720 projector at 150% zoom is 853 CSS px wide) folded into "Agenda and who is in the room" above the item,
// so the item under discussion starts near the top of the page instead of below the whole agenda.
import { useEffect, useState, type ReactNode } from 'react';

/** The width below which the room has one column (room.css uses the same breakpoint). */
export const ONE_COLUMN = '(max-width: 60em)';

function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const onChange = () => setMatches(list.matches);
    onChange();
    list.addEventListener('change', onChange);
    return () => list.removeEventListener('change', onChange);
  }, [query]);
  return matches;
}

export function RoomSidebar({ summary, children }: { summary: string; children: ReactNode }) {
  const oneColumn = useMediaQuery(ONE_COLUMN);
  if (!oneColumn) return <aside className="roundtable-room__sidebar">{children}</aside>;
  return (
    <aside className="roundtable-room__sidebar" aria-label="Agenda and who is in the room">
      <details className="govuk-details roundtable-room__sidebar-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">{summary}</span>
        </summary>
        <div className="govuk-details__text">{children}</div>
      </details>
    </aside>
  );
}
