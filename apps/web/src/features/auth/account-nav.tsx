import { NavLink } from 'react-router-dom';

/** The signed-in person's own account, beside their name and Sign out. */
export function AccountNav() {
  return (
    <nav aria-label="Your account" className="margin-right-2">
      <NavLink to="/account/password" end className="usa-link">
        Change password
      </NavLink>
    </nav>
  );
}
