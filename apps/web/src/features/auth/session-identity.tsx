import type { User } from '@cps/domain';
import { useCounties } from '../reference/use-counties';
import { roleLabel } from './role-label';

/** Who is signed in, as what, and where: "Morgan Lee · Supervisor · Milwaukee County". */
export function SessionIdentity({ user }: { user: User }) {
  const counties = useCounties();
  const county =
    user.countyCode === null
      ? 'State of Wisconsin'
      : counties.status === 'success' && Array.isArray(counties.data)
        ? counties.data.find((c) => c.code === user.countyCode)?.name
        : undefined;
  const where = user.countyCode === null ? county : county ? `${county} County` : `County ${user.countyCode}`;
  return (
    <p className="margin-y-0 margin-right-2" data-testid="session-identity">
      Signed in as <strong>{user.name}</strong>
      <span aria-hidden="true"> · </span>
      <span className="usa-sr-only">, </span>
      {roleLabel(user.role)}
      <span aria-hidden="true"> · </span>
      <span className="usa-sr-only">, </span>
      {where}
    </p>
  );
}
