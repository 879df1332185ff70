import type { Prisma } from '../generated/prisma/client';

const who = { select: { id: true, name: true } } as const;

/** Everything a report document shows, in one query. */
export const reportInclude = {
  createdBy: who,
  persons: { orderBy: { position: 'asc' } },
  indicators: true,
  allegations: {
    orderBy: { position: 'asc' },
    include: { maltreaters: true, finding: { include: { recordedBy: who } } },
  },
  recommendation: { include: { recommendedBy: who } },
  decision: { include: { decidedBy: who } },
  lawEnforcementNotifications: { orderBy: { notifiedAt: 'asc' }, include: { recordedBy: who } },
  tribalNotifications: { orderBy: { notifiedAt: 'asc' }, include: { recordedBy: who } },
} satisfies Prisma.AccessReportInclude;

export type ReportRow = Prisma.AccessReportGetPayload<{ include: typeof reportInclude }>;
export type AllegationRow = ReportRow['allegations'][number];
