import { AdminOnly } from '../features/admin/admin-only';
import { UsersPanel } from '../features/admin/users-panel';

export function AdminUsersPage() {
  return <AdminOnly title="Users">{(admin) => <UsersPanel currentUser={admin} />}</AdminOnly>;
}
