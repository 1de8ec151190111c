import { Link } from 'react-router-dom';

interface Props {
  total: number;
  offset: number;
  limit: number;
  /** The link to the page that starts at `offset`. */
  hrefFor(offset: number): string;
}

/** GOV.UK pagination with previous / next and numbered pages. */
export function Pagination({ total, offset, limit, hrefFor }: Props) {
  const pages = Math.ceil(total / limit);
  if (pages <= 1) return null;
  const current = Math.floor(offset / limit);
  return (
    <nav className="govuk-pagination" aria-label="Pages of results">
      {current > 0 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor((current - 1) * limit)} rel="prev">
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      <ul className="govuk-pagination__list">
        {Array.from({ length: pages }, (_, page) => (
          <li key={page} className={`govuk-pagination__item${page === current ? ' govuk-pagination__item--current' : ''}`}>
            <Link
              className="govuk-link govuk-pagination__link"
              to={hrefFor(page * limit)}
              aria-label={`Page ${page + 1}`}
              aria-current={page === current ? 'page' : undefined}
            >
              {page + 1}
            </Link>
          </li>
        ))}
      </ul>
      {current < pages - 1 && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={hrefFor((current + 1) * limit)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}
