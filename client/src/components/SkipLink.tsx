import type { MouseEvent } from 'react';

/** Moves keyboard focus past the header; an in-page anchor would be taken by the router's links. */
export function SkipLink() {
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    document.getElementById('main-content')?.focus();
  }
  return (
    <a href="#main-content" className="govuk-skip-link" onClick={skip}>
      Skip to main content
    </a>
  );
}
