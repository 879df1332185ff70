import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router-dom';

/** The page frame; `nav` is the signed-in navigation (ui/ knows nothing of sessions). */
export function PageLayout({ children, nav }: { children: ReactNode; nav?: ReactNode }) {
  // No session navigation while signing in or choosing a password: it mounts (and asks who is
  // signed in) once the person is in.
  const signingIn = ['/sign-in', '/setup'].includes(useLocation().pathname);
  return (
    <>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <header className="usa-header usa-header--basic">
        <div className="usa-nav-container">
          <div className="usa-navbar">
            <div className="usa-logo">
              <em className="usa-logo__text">
                <Link to="/">CPS Access — Child sex trafficking intake</Link>
              </em>
            </div>
          </div>
        </div>
      </header>
      {!signingIn && nav}
      <main id="main-content" className="grid-container padding-y-4">
        {children}
      </main>
      <footer className="usa-footer usa-footer--slim">
        <div className="usa-footer__secondary-section">
          <div className="grid-container">
            <p className="margin-0">
              CPS Access holds confidential child-welfare information. Use it only for your work with children, youth
              and families.
            </p>
          </div>
        </div>
      </footer>
    </>
  );
}
