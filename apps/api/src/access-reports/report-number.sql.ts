import { chicagoYear, formatReportNumber } from '@cps/domain';
import type { Prisma } from '../generated/prisma/client';

// The next report number of a county and year, on the general create path (inside its
// transaction). The counter row stays locked until the transaction ends, so two reports created
// at once get the next two numbers, and a rollback gives the number back: none is skipped.
// The one-statement path (new-report.sql.ts) takes it with the same upsert, as a CTE.

/** `2026-079-`: what precedes the sequence in the numbers of a county and year. */
export function reportNumberPrefix(countyCode: string, year: number): string {
  return formatReportNumber(countyCode, year, 1).replace(/\d+$/, '');
}

/** Takes the next number of `countyCode` in the Chicago year of `createdAt`, the report's created_at. */
export async function nextReportNumber(
  tx: Prisma.TransactionClient,
  countyCode: string,
  createdAt: Date,
): Promise<string> {
  const year = chicagoYear(createdAt);
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO report_number_counters AS c (county_code, year, last) VALUES (${countyCode}, ${year}::smallint, 1)
    ON CONFLICT (county_code, year) DO UPDATE SET last = c.last + 1
    RETURNING last`;
  if (!row) throw new Error('The report number counter returned no row');
  return formatReportNumber(countyCode, year, row.last);
}
