import type { User } from '@cps/domain';
import { NavLink } from 'react-router-dom';

type NavItem = { to: string; label: string };

// What each role works on; the pages themselves check the role again.
const itemsByRole: Record<User['role'], NavItem[]> = {
  ACCESS_WORKER: [
    { to: '/reports/new', label: 'New report' },
    { to: '/reports', label: 'My reports' },
    { to: '/missing', label: 'Missing from care' },
  ],
  SUPERVISOR: [
    { to: '/queue', label: 'Queue' },
    { to: '/reports', label: 'Reports' },
    { to: '/reports/new', label: 'New report' },
    { to: '/missing', label: 'Missing from care' },
    { to: '/statistics', label: 'Statistics' },
  ],
  ADMIN: [
    { to: '/admin/users', label: 'Users' },
    { to: '/admin/holidays', label: 'Holidays' },
    { to: '/admin/audit', label: 'Audit log' },
    { to: '/statistics', label: 'Statistics' },
  ],
};

const linkClass = 'display-block padding-y-105 padding-x-2 text-white text-no-underline hover:bg-primary-dark';

/** The main links for a role; the current page is marked for screen readers (aria-current) and by eye. */
export function PrimaryNav({ role }: { role: User['role'] }) {
  return (
    <nav aria-label="Primary" className="bg-primary-darker">
      <ul className="grid-container usa-list--unstyled display-flex flex-wrap">
        {itemsByRole[role].map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end
              className={({ isActive }) =>
                isActive ? `${linkClass} text-bold border-bottom-05 border-white` : linkClass
              }
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
