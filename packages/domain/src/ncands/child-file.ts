import { z } from 'zod';
import type { ethnicities, genders, maltreatmentTypes, races, reporterTypes } from '../codes/code-lists';
import {
  NCANDS_AGE_UNKNOWN,
  NCANDS_ETHNICITY,
  NCANDS_MALTREATMENT,
  NCANDS_RACE_COLUMN,
  NCANDS_RACE_COLUMNS,
  NCANDS_REPORT_SOURCE,
  NCANDS_SEX,
  NCANDS_SEX_TRAFFICKING,
  NCANDS_SUBSTANTIATED,
  NCANDS_UNSUBSTANTIATED,
} from '../codes/ncands-codes';
import { ageAtReport } from '../rules/age';
import { csvLine } from '../statistics/report-csv';
import type { Period } from '../statistics/statistics-query.schema';
import { chicagoDate } from '../time/chicago';

// The NCANDS Child File extract (docs/statistics.md, "The NCANDS Child File"): one record per child
// per report whose disposition fell in the federal fiscal year. The disposition date is the Chicago
// date of the last finding of the report's allegations for that child, once every one of them has a
// finding. Pure: the API reads the facts, this makes the file, byte for byte the same for the same facts.

type CodeOf<L extends readonly { code: string }[]> = L[number]['code'];

export const FIRST_FISCAL_YEAR = 1901;
export const LAST_FISCAL_YEAR = 2100;

export const ncandsQuerySchema = z.object({
  fiscalYear: z
    .string({ error: 'is required: a federal fiscal year like 2018 (October 2017 to September 2018)' })
    .regex(/^\d{4}$/, 'must be a year written with four digits, like 2018')
    .transform(Number)
    .refine((y) => y >= FIRST_FISCAL_YEAR && y <= LAST_FISCAL_YEAR, {
      message: `must be from ${FIRST_FISCAL_YEAR} to ${LAST_FISCAL_YEAR}`,
    }),
});
export type NcandsQuery = z.infer<typeof ncandsQuerySchema>;

/** Federal fiscal year N: October 1 of N-1 to September 30 of N, Chicago dates, both included. */
export function fiscalYearPeriod(fiscalYear: number): Period {
  return { from: `${fiscalYear - 1}-10-01`, to: `${fiscalYear}-09-30` };
}

export type NcandsFinding = 'SUBSTANTIATED' | 'UNSUBSTANTIATED';

export type NcandsAllegationFacts = {
  maltreatmentType: CodeOf<typeof maltreatmentTypes>;
  descriptors: readonly string[];
  finding: NcandsFinding | null;
  findingRecordedAt: Date | string | null;
};

/** What the extract needs of one child in one report: the report's own record of the child. */
export type NcandsChildFacts = {
  reportNumber: string;
  childId: string;
  countyCode: string;
  receivedAt: Date | string;
  reporterType: CodeOf<typeof reporterTypes> | null;
  dateOfBirth: string | null;
  approximateAge: number | null;
  gender: CodeOf<typeof genders> | null;
  primaryRace: CodeOf<typeof races> | null;
  hispanicEthnicity: CodeOf<typeof ethnicities> | null;
  /** The report's allegations about this child (as the child of the allegation). */
  allegations: readonly NcandsAllegationFacts[];
};

export const NCANDS_COLUMNS = [
  'SubYr',
  'StaTerr',
  'RptID',
  'ChID',
  'RptCnty',
  'RptDt',
  'RptSrc',
  'RptDisp',
  'RpDispDt',
  'ChAge',
  'ChSex',
  ...NCANDS_RACE_COLUMNS,
  'CEthn',
  'ChMal1',
  'ChMal2',
  'ChMal3',
  'ChMal4',
  'Mal1Lev',
  'Mal2Lev',
  'Mal3Lev',
  'Mal4Lev',
] as const;
export type NcandsColumn = (typeof NCANDS_COLUMNS)[number];
export type NcandsRecord = Record<NcandsColumn, string | number>;

/** At most this many maltreatment codes fit a record; more is flagged. */
export const NCANDS_MALTREATMENT_SLOTS = 4;

/** The last finding's Chicago date, or null while an allegation has none (or there are none). */
export function dispositionDate(allegations: readonly NcandsAllegationFacts[]): string | null {
  if (allegations.length === 0) return null;
  let last: string | null = null;
  for (const a of allegations) {
    if (a.finding === null || a.findingRecordedAt === null) return null;
    const on = chicagoDate(a.findingRecordedAt);
    if (last === null || on > last) last = on;
  }
  return last;
}

/** `2018-02-09` → `02092018`. */
export function mmddyyyy(date: string): string {
  return `${date.slice(5, 7)}${date.slice(8, 10)}${date.slice(0, 4)}`;
}

/** An allegation's NCANDS maltreatment code: 7 with the sex trafficking descriptor, else its type's code. */
export function ncandsMaltreatmentCode(a: Pick<NcandsAllegationFacts, 'maltreatmentType' | 'descriptors'>): number {
  return a.descriptors.includes('SEX_TRAFFICKING') ? NCANDS_SEX_TRAFFICKING : NCANDS_MALTREATMENT[a.maltreatmentType];
}

/** The child's codes, each once, ascending, with the most severe finding behind each. */
export function ncandsMaltreatments(allegations: readonly NcandsAllegationFacts[]): { code: number; level: number }[] {
  const substantiated = new Map<number, boolean>();
  for (const a of allegations) {
    const code = ncandsMaltreatmentCode(a);
    substantiated.set(code, (substantiated.get(code) ?? false) || a.finding === 'SUBSTANTIATED');
  }
  return [...substantiated.entries()]
    .sort(([a], [b]) => a - b)
    .map(([code, any]) => ({ code, level: any ? NCANDS_SUBSTANTIATED : NCANDS_UNSUBSTANTIATED }));
}

/** The disposition of this child in this report falls in the fiscal year. */
export function inFiscalYear(fiscalYear: number, facts: NcandsChildFacts): boolean {
  const disposed = dispositionDate(facts.allegations);
  const period = fiscalYearPeriod(fiscalYear);
  return disposed !== null && disposed >= period.from && disposed <= period.to;
}

/** One record of the file; null when the child's disposition is not in the fiscal year. */
export function ncandsRecord(fiscalYear: number, facts: NcandsChildFacts): NcandsRecord | null {
  const disposed = dispositionDate(facts.allegations);
  if (disposed === null || !inFiscalYear(fiscalYear, facts)) return null;
  const age = ageAtReport(facts, facts.receivedAt);
  const raceColumn = NCANDS_RACE_COLUMN[facts.primaryRace ?? 'UNABLE_TO_DETERMINE'];
  const races = Object.fromEntries(NCANDS_RACE_COLUMNS.map((c) => [c, c === raceColumn ? 1 : 2])) as Record<
    (typeof NCANDS_RACE_COLUMNS)[number],
    number
  >;
  const maltreatments = ncandsMaltreatments(facts.allegations).slice(0, NCANDS_MALTREATMENT_SLOTS);
  const slot = (i: number, key: 'code' | 'level') => maltreatments[i]?.[key] ?? '';
  return {
    SubYr: fiscalYear,
    StaTerr: 'WI',
    RptID: facts.reportNumber,
    ChID: facts.childId,
    RptCnty: facts.countyCode.slice(-3),
    RptDt: mmddyyyy(chicagoDate(facts.receivedAt)),
    RptSrc: facts.reporterType ? NCANDS_REPORT_SOURCE[facts.reporterType] : '',
    RptDisp: facts.allegations.some((a) => a.finding === 'SUBSTANTIATED')
      ? NCANDS_SUBSTANTIATED
      : NCANDS_UNSUBSTANTIATED,
    RpDispDt: mmddyyyy(disposed),
    ChAge: age === null || age < 0 ? NCANDS_AGE_UNKNOWN : age,
    ChSex: NCANDS_SEX[facts.gender ?? 'UNKNOWN'],
    ...races,
    CEthn: NCANDS_ETHNICITY[facts.hispanicEthnicity ?? 'NOT_DOCUMENTED'],
    ChMal1: slot(0, 'code'),
    ChMal2: slot(1, 'code'),
    ChMal3: slot(2, 'code'),
    ChMal4: slot(3, 'code'),
    Mal1Lev: slot(0, 'level'),
    Mal2Lev: slot(1, 'level'),
    Mal3Lev: slot(2, 'level'),
    Mal4Lev: slot(3, 'level'),
  };
}

const byReportThenChild = (a: NcandsChildFacts, b: NcandsChildFacts) =>
  a.reportNumber < b.reportNumber
    ? -1
    : a.reportNumber > b.reportNumber
      ? 1
      : a.childId < b.childId
        ? -1
        : a.childId > b.childId
          ? 1
          : 0;

/** The records of the fiscal year, ordered by report number, then child id: the same order on every run. */
export function ncandsRecords(fiscalYear: number, facts: readonly NcandsChildFacts[]): NcandsRecord[] {
  return [...facts]
    .sort(byReportThenChild)
    .map((f) => ncandsRecord(fiscalYear, f))
    .filter((r): r is NcandsRecord => r !== null);
}

/** The CSV: the header of NCANDS variable names, one line per record, CRLF line ends (RFC 4180). */
export function ncandsCsv(records: readonly NcandsRecord[]): string {
  const lines = [csvLine(NCANDS_COLUMNS), ...records.map((r) => csvLine(NCANDS_COLUMNS.map((c) => r[c])))];
  return `${lines.join('\r\n')}\r\n`;
}

export function ncandsCsvFileName(fiscalYear: number): string {
  return `ncands-child-file-wi-fy${fiscalYear}.csv`;
}

export const ncandsFlagSchema = z.object({
  reportNumber: z.string(),
  childId: z.string(),
  field: z.string(),
  problem: z.string(),
});
export type NcandsFlag = z.infer<typeof ncandsFlagSchema>;

export const ncandsValidationSchema = z.object({
  fiscalYear: z.number().int(),
  from: z.string(),
  to: z.string(),
  records: z.number().int(),
  flagged: z.array(ncandsFlagSchema),
  /** Problems of the file as a whole (an empty year): the file must not be sent with one. */
  problems: z.array(z.string()),
});
export type NcandsValidation = z.infer<typeof ncandsValidationSchema>;

/** What a state reviewer would fix before sending the file; it never stops the file being made. */
export function ncandsFlags(fiscalYear: number, facts: readonly NcandsChildFacts[]): NcandsFlag[] {
  const flags: NcandsFlag[] = [];
  for (const f of [...facts].sort(byReportThenChild)) {
    if (!inFiscalYear(fiscalYear, f)) continue;
    const flag = (field: NcandsColumn, problem: string) =>
      flags.push({ reportNumber: f.reportNumber, childId: f.childId, field, problem });
    if (!f.dateOfBirth && f.approximateAge == null)
      flag('ChAge', 'The child has no date of birth and no approximate age');
    if (f.primaryRace === null || f.primaryRace === 'UNABLE_TO_DETERMINE')
      flag('ChRacUD', 'The child’s race is not documented');
    if (f.hispanicEthnicity === null || f.hispanicEthnicity === 'NOT_DOCUMENTED')
      flag('CEthn', 'The child’s Hispanic ethnicity is not documented');
    const types = ncandsMaltreatments(f.allegations).length;
    if (types > NCANDS_MALTREATMENT_SLOTS)
      flag(
        'ChMal4',
        `The child has ${types} maltreatment types in this report; the file holds ${NCANDS_MALTREATMENT_SLOTS}`,
      );
    if (f.reporterType === null) flag('RptSrc', 'The report has no reporter type');
  }
  return flags;
}

export function ncandsValidation(fiscalYear: number, facts: readonly NcandsChildFacts[]): NcandsValidation {
  const period = fiscalYearPeriod(fiscalYear);
  const records = facts.filter((f) => inFiscalYear(fiscalYear, f)).length;
  const problems =
    records === 0
      ? [
          `No child had a disposition in fiscal year ${fiscalYear} (${period.from} to ${period.to}): there is nothing to send, and an empty file must not be sent as a year's data.`,
        ]
      : [];
  return { fiscalYear, ...period, records, flagged: ncandsFlags(fiscalYear, facts), problems };
}
