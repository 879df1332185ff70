import { chicagoYear, formatReportNumber, isReportNumber } from './report-number';

describe('report numbers', () => {
  it('read YYYY-CCC-NNNNN: the year, the last three digits of the county FIPS code, the sequence from 00001', () => {
    expect(formatReportNumber('55079', 2026, 42)).toBe('2026-079-00042');
    expect(formatReportNumber('55001', 2026, 1)).toBe('2026-001-00001');
    expect(formatReportNumber('55141', 2027, 99999)).toBe('2027-141-99999');
  });

  it('keep every digit of a sequence past 99999 rather than cut it', () => {
    expect(formatReportNumber('55079', 2026, 100000)).toBe('2026-079-100000');
  });

  it('refuse a sequence below 1 and a code that is not a FIPS code', () => {
    expect(() => formatReportNumber('55079', 2026, 0)).toThrow(RangeError);
    expect(() => formatReportNumber('079', 2026, 1)).toThrow(RangeError);
  });

  it('count in the Chicago year of creation, not the UTC year', () => {
    // 23:30 on 31 December in Chicago is already 1 January in UTC
    expect(chicagoYear('2027-01-01T05:30:00Z')).toBe(2026);
    expect(chicagoYear('2027-01-01T06:00:00Z')).toBe(2027);
    expect(chicagoYear(new Date('2026-06-30T12:00:00Z'))).toBe(2026);
  });

  it('recognise a report number and nothing else', () => {
    expect(isReportNumber('2026-079-00042')).toBe(true);
    expect(isReportNumber('2026-79-00042')).toBe(false);
    expect(isReportNumber('2026-079-0042')).toBe(false);
    expect(isReportNumber('a3b1c2d4-0000-4000-8000-000000000000')).toBe(false);
    expect(isReportNumber(' 2026-079-00042')).toBe(false);
  });
});
