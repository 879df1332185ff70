import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { PrimaryNav } from './primary-nav';

function linksFor(role: 'ACCESS_WORKER' | 'SUPERVISOR' | 'ADMIN', at = '/') {
  render(
    <MemoryRouter initialEntries={[at]}>
      <PrimaryNav role={role} />
    </MemoryRouter>,
  );
  return within(screen.getByRole('navigation', { name: 'Primary' }))
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);
}

it('gives workers intake and their reports', () => {
  expect(linksFor('ACCESS_WORKER')).toEqual([
    ['New report', '/reports/new'],
    ['My reports', '/reports'],
    ['Missing from care', '/missing'],
  ]);
});

it('gives supervisors the queue first, and marks the current page', () => {
  expect(linksFor('SUPERVISOR', '/queue')).toEqual([
    ['Queue', '/queue'],
    ['Reports', '/reports'],
    ['New report', '/reports/new'],
    ['Missing from care', '/missing'],
    ['Statistics', '/statistics'],
  ]);
  expect(screen.getByRole('link', { name: 'Queue' })).toHaveAttribute('aria-current', 'page');
  expect(screen.getByRole('link', { name: 'Reports' })).not.toHaveAttribute('aria-current');
});

it('gives state administrators the admin pages and the statistics', () => {
  expect(linksFor('ADMIN')).toEqual([
    ['Users', '/admin/users'],
    ['Holidays', '/admin/holidays'],
    ['Audit log', '/admin/audit'],
    ['Statistics', '/statistics'],
  ]);
});
