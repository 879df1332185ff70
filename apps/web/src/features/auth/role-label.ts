import type { User } from '@cps/domain';

// Display words for roles; the domain's `roles` list carries codes only.
const roleLabels: Record<User['role'], string> = {
  ACCESS_WORKER: 'Access worker',
  SUPERVISOR: 'Supervisor',
  ADMIN: 'State administrator',
};

export function roleLabel(role: User['role']): string {
  return roleLabels[role] ?? role;
}
