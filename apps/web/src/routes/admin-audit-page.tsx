import { AdminOnly } from '../features/admin/admin-only';
import { AuditPanel } from '../features/admin/audit-panel';

export function AdminAuditPage() {
  return <AdminOnly title="Audit log">{() => <AuditPanel />}</AdminOnly>;
}
