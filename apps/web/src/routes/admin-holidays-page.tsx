import { AdminOnly } from '../features/admin/admin-only';
import { HolidaysPanel } from '../features/admin/holidays-panel';

export function AdminHolidaysPage() {
  return <AdminOnly title="Holidays">{() => <HolidaysPanel />}</AdminOnly>;
}
