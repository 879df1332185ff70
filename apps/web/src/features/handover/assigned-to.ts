import type { ReportSummary, User } from '@cps/domain';

/** Who is answerable for a report, as a list shows it: "You", a name, or nobody after a transfer. */
export function assignedToText(report: Pick<ReportSummary, 'assignedTo' | 'status'>, user?: User): string {
  if (report.assignedTo) return user && report.assignedTo.id === user.id ? 'You' : report.assignedTo.name;
  return 'Nobody — transferred in';
}
