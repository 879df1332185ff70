import { Link } from 'react-router-dom';
import { usePageTitle } from '../ui/use-page-title';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1>Page not found</h1>
      <p className="usa-intro">There is no page at this address.</p>
      <Link className="usa-link" to="/">
        Go to the home page
      </Link>
    </>
  );
}
