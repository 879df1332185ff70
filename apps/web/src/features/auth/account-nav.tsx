import { NavLink } from 'react-router-dom';

/** The signed-in person's own account: a small bar under the primary navigation. */
export function AccountNav() {
  return (
    <nav aria-label="Your account" className="grid-container display-flex flex-justify-end padding-y-05">
      <NavLink to="/account/password" end className="usa-link font-sans-2xs">
        Change password
      </NavLink>
    </nav>
  );
}
