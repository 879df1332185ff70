import { chicagoDate } from '../time/chicago';

// The report number (docs/domain.md, "Report number"): `YYYY-CCC-NNNNN`, read aloud to a caller or the
// police. The year is the Chicago year the report was created in, CCC the last three digits of the
// county's FIPS code, NNNNN the report's place in its county's sequence for that year, from 00001.
// The database hands out the sequence (report_number_counters) in the statement that writes the report.

/** A report number as typed or read aloud: `2026-079-00042`. */
export const REPORT_NUMBER_PATTERN = /^\d{4}-\d{3}-\d{5,}$/;

export function isReportNumber(value: string): boolean {
  return REPORT_NUMBER_PATTERN.test(value);
}

/** The Chicago year of an instant: a report created at 23:30 on New Year's Eve in Chicago counts in the old year. */
export function chicagoYear(instant: Date | string): number {
  return Number(chicagoDate(instant).slice(0, 4));
}

/** The number of the `sequence`th report of `countyCode` (FIPS, `55079`) in `year`: `2026-079-00042`. */
export function formatReportNumber(countyCode: string, year: number, sequence: number): string {
  if (!/^\d{5}$/.test(countyCode)) throw new RangeError(`Not a county FIPS code: ${JSON.stringify(countyCode)}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`A report sequence starts at 1: ${sequence}`);
  return `${String(year).padStart(4, '0')}-${countyCode.slice(-3)}-${String(sequence).padStart(5, '0')}`;
}
