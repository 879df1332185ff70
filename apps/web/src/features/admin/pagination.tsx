import { Link, useSearchParams } from 'react-router-dom';

type PaginationProps = { page: number; pageCount: number; label: string };

/** Previous and next links that keep the other query parameters (filters) of the page. */
export function Pagination({ page, pageCount, label }: PaginationProps) {
  const [params] = useSearchParams();
  if (pageCount <= 1) return null;
  const to = (target: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(target));
    return `?${next.toString()}`;
  };
  return (
    <nav aria-label={label} className="usa-pagination">
      <ul className="usa-pagination__list">
        {page > 1 && (
          <li className="usa-pagination__item usa-pagination__arrow">
            <Link to={to(page - 1)} className="usa-pagination__link usa-pagination__previous-page">
              <span className="usa-pagination__link-text">Previous page</span>
            </Link>
          </li>
        )}
        <li className="usa-pagination__item padding-x-2" aria-current="page">
          Page {page} of {pageCount}
        </li>
        {page < pageCount && (
          <li className="usa-pagination__item usa-pagination__arrow">
            <Link to={to(page + 1)} className="usa-pagination__link usa-pagination__next-page">
              <span className="usa-pagination__link-text">Next page</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
