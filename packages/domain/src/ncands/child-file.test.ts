import { ethnicities, genders, maltreatmentTypes, races, reporterTypes } from '../codes/code-lists';
import {
  dispositionDate,
  fiscalYearPeriod,
  mmddyyyy,
  NCANDS_COLUMNS,
  type NcandsAllegationFacts,
  type NcandsChildFacts,
  ncandsCsv,
  ncandsQuerySchema,
  ncandsRecord,
  ncandsRecords,
  ncandsValidation,
} from './child-file';

const found = (
  maltreatmentType: NcandsAllegationFacts['maltreatmentType'],
  finding: NcandsAllegationFacts['finding'],
  findingRecordedAt: string | null,
  descriptors: string[] = [],
): NcandsAllegationFacts => ({ maltreatmentType, descriptors, finding, findingRecordedAt });

// Received Thursday 2018-02-08 14:30 Chicago (20:30 UTC); finding 2018-03-01 17:00 UTC (11:00 Chicago).
const child = (over: Partial<NcandsChildFacts> = {}): NcandsChildFacts => ({
  reportNumber: '2018-079-00012',
  childId: '00000000-0000-4000-8000-000000000001',
  countyCode: '55079',
  receivedAt: '2018-02-08T20:30:00.000Z',
  reporterType: 'EDUCATION',
  dateOfBirth: '2002-02-09',
  approximateAge: null,
  gender: 'FEMALE',
  primaryRace: 'BLACK_AFRICAN_AMERICAN',
  hispanicEthnicity: 'NOT_HISPANIC',
  allegations: [found('SEXUAL_ABUSE', 'SUBSTANTIATED', '2018-03-01T17:00:00.000Z', ['SEX_TRAFFICKING'])],
  ...over,
});

describe('fiscal year', () => {
  it('2018 is October 1, 2017 to September 30, 2018', () => {
    expect(fiscalYearPeriod(2018)).toEqual({ from: '2017-10-01', to: '2018-09-30' });
  });

  it('the query takes a four-digit year in range and says so otherwise', () => {
    expect(ncandsQuerySchema.parse({ fiscalYear: '2018' })).toEqual({ fiscalYear: 2018 });
    for (const bad of ['18', '2018.5', 'abcd', '1900', '2101', ' 2018']) {
      expect(ncandsQuerySchema.safeParse({ fiscalYear: bad }).success).toBe(false);
    }
    expect(ncandsQuerySchema.safeParse({}).error?.issues[0]?.message).toMatch(/federal fiscal year/);
  });
});

describe('disposition date', () => {
  it('is the Chicago date of the last finding, once every allegation has one', () => {
    expect(
      dispositionDate([
        found('NEGLECT', 'UNSUBSTANTIATED', '2018-03-01T17:00:00Z'),
        // 04:30 UTC on October 1 is still September 30 in Chicago.
        found('SEXUAL_ABUSE', 'SUBSTANTIATED', '2018-10-01T04:30:00Z'),
      ]),
    ).toBe('2018-09-30');
    expect(
      dispositionDate([found('NEGLECT', 'SUBSTANTIATED', '2018-03-01T17:00:00Z'), found('NEGLECT', null, null)]),
    ).toBe(null);
    expect(dispositionDate([])).toBe(null);
  });

  it('a finding after the fiscal year moves the child to the next year', () => {
    const late = child({
      allegations: [
        found('NEGLECT', 'UNSUBSTANTIATED', '2018-09-01T17:00:00Z'),
        found('SEXUAL_ABUSE', 'SUBSTANTIATED', '2018-10-01T05:30:00Z'), // 00:30 Chicago, October 1
      ],
    });
    expect(ncandsRecord(2018, late)).toBeNull();
    expect(ncandsRecord(2019, late)?.RpDispDt).toBe('10012018');
  });

  it('a child with an allegation still without a finding is not in any year yet', () => {
    const open = child({
      allegations: [found('NEGLECT', 'SUBSTANTIATED', '2018-03-01T17:00:00Z'), found('NEGLECT', null, null)],
    });
    expect(ncandsRecord(2018, open)).toBeNull();
    expect(ncandsRecord(2019, open)).toBeNull();
  });
});

describe('a record, column by column', () => {
  it('the hand-worked child', () => {
    expect(ncandsRecord(2018, child())).toEqual({
      SubYr: 2018,
      StaTerr: 'WI',
      RptID: '2018-079-00012',
      ChID: '00000000-0000-4000-8000-000000000001',
      RptCnty: '079',
      RptDt: '02082018',
      RptSrc: 5,
      RptDisp: 1,
      RpDispDt: '03012018',
      ChAge: 15, // born 2002-02-09: 15 on 2018-02-08, the day before the birthday
      ChSex: 2,
      ChRacAI: 2,
      ChRacAs: 2,
      ChRacBl: 1,
      ChRacNH: 2,
      ChRacWh: 2,
      ChRacUD: 2,
      CEthn: 2,
      ChMal1: 7,
      ChMal2: '',
      ChMal3: '',
      ChMal4: '',
      Mal1Lev: 1,
      Mal2Lev: '',
      Mal3Lev: '',
      Mal4Lev: '',
    });
  });

  it('the report date is the Chicago date received', () => {
    // 2018-02-09 03:00 UTC is 21:00 on February 8 in Chicago.
    expect(ncandsRecord(2018, child({ receivedAt: '2018-02-09T03:00:00Z' }))?.RptDt).toBe('02082018');
  });

  const reporterCodes: Record<string, number> = {
    SOCIAL_SERVICES: 1,
    MEDICAL: 2,
    MENTAL_HEALTH: 3,
    LAW_ENFORCEMENT: 4,
    EDUCATION: 5,
    CHILD_DAYCARE: 6,
    SUBSTITUTE_CARE: 7,
    CHILD: 8,
    PARENT: 9,
    OTHER_RELATIVE: 10,
    FRIEND_NEIGHBOR: 11,
    ALLEGED_MALTREATER: 12,
    ANONYMOUS: 13,
    OTHER: 88,
  };
  it.each(reporterTypes.map((r) => r.code))('RptSrc of %s', (code) => {
    expect(ncandsRecord(2018, child({ reporterType: code }))?.RptSrc).toBe(reporterCodes[code]);
  });

  const sexCodes: Record<string, number> = { MALE: 1, FEMALE: 2, UNKNOWN: 9 };
  it.each(genders.map((g) => g.code))('ChSex of %s', (code) => {
    expect(ncandsRecord(2018, child({ gender: code }))?.ChSex).toBe(sexCodes[code]);
  });

  const ethnicityCodes: Record<string, number> = { HISPANIC: 1, NOT_HISPANIC: 2, NOT_DOCUMENTED: 3 };
  it.each(ethnicities.map((e) => e.code))('CEthn of %s', (code) => {
    expect(ncandsRecord(2018, child({ hispanicEthnicity: code }))?.CEthn).toBe(ethnicityCodes[code]);
  });

  const raceColumns: Record<string, string> = {
    AMERICAN_INDIAN_ALASKA_NATIVE: 'ChRacAI',
    ASIAN: 'ChRacAs',
    BLACK_AFRICAN_AMERICAN: 'ChRacBl',
    NATIVE_HAWAIIAN_PACIFIC_ISLANDER: 'ChRacNH',
    WHITE: 'ChRacWh',
    UNABLE_TO_DETERMINE: 'ChRacUD',
  };
  it.each(races.map((r) => r.code))('race %s sets its column to 1 and the others to 2', (code) => {
    const record = ncandsRecord(2018, child({ primaryRace: code }));
    for (const column of Object.values(raceColumns)) {
      expect([column, record?.[column as keyof typeof record]]).toEqual([column, column === raceColumns[code] ? 1 : 2]);
    }
  });

  const typeCodes: Record<string, number> = { PHYSICAL_ABUSE: 1, NEGLECT: 2, SEXUAL_ABUSE: 4, EMOTIONAL_DAMAGE: 5 };
  it.each(maltreatmentTypes.map((t) => t.code))('ChMal1 of %s without the descriptor, and 7 with it', (code) => {
    const plain = child({ allegations: [found(code, 'UNSUBSTANTIATED', '2018-03-01T17:00:00Z')] });
    expect(ncandsRecord(2018, plain)).toMatchObject({ ChMal1: typeCodes[code], Mal1Lev: 5, RptDisp: 5 });
    const trafficked = child({
      allegations: [found(code, 'SUBSTANTIATED', '2018-03-01T17:00:00Z', ['SEX_TRAFFICKING'])],
    });
    expect(ncandsRecord(2018, trafficked)).toMatchObject({ ChMal1: 7, Mal1Lev: 1, RptDisp: 1 });
  });

  it('a child with two types: each code once, ascending, each with the most severe finding behind it', () => {
    const record = ncandsRecord(
      2018,
      child({
        allegations: [
          found('SEXUAL_ABUSE', 'UNSUBSTANTIATED', '2018-03-01T17:00:00Z'),
          found('NEGLECT', 'UNSUBSTANTIATED', '2018-03-02T17:00:00Z'),
          found('SEXUAL_ABUSE', 'SUBSTANTIATED', '2018-03-03T17:00:00Z'),
        ],
      }),
    );
    expect(record).toMatchObject({
      ChMal1: 2,
      Mal1Lev: 5,
      ChMal2: 4,
      Mal2Lev: 1,
      ChMal3: '',
      RptDisp: 1,
      RpDispDt: '03032018',
    });
  });

  it('sex trafficking on a neglect allegation is 7, beside the plain neglect allegation as 2', () => {
    const record = ncandsRecord(
      2018,
      child({
        allegations: [
          found('NEGLECT', 'SUBSTANTIATED', '2018-03-01T17:00:00Z', ['SEX_TRAFFICKING']),
          found('NEGLECT', 'UNSUBSTANTIATED', '2018-03-01T17:00:00Z'),
        ],
      }),
    );
    expect(record).toMatchObject({ ChMal1: 2, Mal1Lev: 5, ChMal2: 7, Mal2Lev: 1 });
  });

  it('age: from the date of birth, else the approximate age, else 99', () => {
    expect(ncandsRecord(2018, child({ dateOfBirth: '2002-02-08' }))?.ChAge).toBe(16);
    expect(ncandsRecord(2018, child({ dateOfBirth: null, approximateAge: 14 }))?.ChAge).toBe(14);
    expect(ncandsRecord(2018, child({ dateOfBirth: null, approximateAge: null }))?.ChAge).toBe(99);
  });
});

describe('the file', () => {
  const a = child({ reportNumber: '2018-079-00012', childId: 'b' });
  const b = child({ reportNumber: '2018-025-00003', childId: 'z' });
  const c = child({ reportNumber: '2018-079-00012', childId: 'a' });
  const outside = child({
    reportNumber: '2018-079-00001',
    allegations: [found('NEGLECT', 'SUBSTANTIATED', '2019-03-01T17:00:00Z')],
  });

  it('orders records by report number, then child, whatever order the facts come in', () => {
    const ids = ncandsRecords(2018, [a, outside, b, c]).map((r) => `${r.RptID}/${r.ChID}`);
    expect(ids).toEqual(['2018-025-00003/z', '2018-079-00012/a', '2018-079-00012/b']);
    expect(ncandsCsv(ncandsRecords(2018, [c, b, a, outside]))).toBe(ncandsCsv(ncandsRecords(2018, [a, outside, b, c])));
  });

  it('has the NCANDS variable names as its header and CRLF line ends', () => {
    const csv = ncandsCsv(ncandsRecords(2018, [a]));
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(NCANDS_COLUMNS.join(','));
    expect(lines[1]).toBe('2018,WI,2018-079-00012,b,079,02082018,5,1,03012018,15,2,2,2,1,2,2,2,2,7,,,,1,,,');
    expect(lines[2]).toBe('');
    expect(lines).toHaveLength(3);
  });
});

describe('validation', () => {
  it('flags what a reviewer would fix, without dropping the record', () => {
    const unknownAge = child({ reportNumber: 'R1', dateOfBirth: null, approximateAge: null });
    const undocumented = child({
      reportNumber: 'R2',
      primaryRace: 'UNABLE_TO_DETERMINE',
      hispanicEthnicity: 'NOT_DOCUMENTED',
    });
    const five = child({
      reportNumber: 'R3',
      allegations: (['PHYSICAL_ABUSE', 'NEGLECT', 'SEXUAL_ABUSE', 'EMOTIONAL_DAMAGE'] as const)
        .map((t) => found(t, 'UNSUBSTANTIATED', '2018-03-01T17:00:00Z'))
        .concat(found('NEGLECT', 'SUBSTANTIATED', '2018-03-01T17:00:00Z', ['SEX_TRAFFICKING'])),
    });
    const clean = child({ reportNumber: 'R4' });
    const nextYear = child({
      reportNumber: 'R5',
      dateOfBirth: null,
      allegations: [found('NEGLECT', 'SUBSTANTIATED', '2019-03-01T17:00:00Z')],
    });
    const result = ncandsValidation(2018, [five, clean, undocumented, unknownAge, nextYear]);
    expect(result.records).toBe(4);
    expect(result.problems).toEqual([]);
    expect(result.flagged.map((f) => [f.reportNumber, f.field])).toEqual([
      ['R1', 'ChAge'],
      ['R2', 'ChRacUD'],
      ['R2', 'CEthn'],
      ['R3', 'ChMal4'],
    ]);
    expect(result.flagged[3]?.problem).toMatch(/5 maltreatment types/);
    // The fifth type does not fit: the record keeps the first four codes in order.
    expect(ncandsRecord(2018, five)).toMatchObject({ ChMal1: 1, ChMal2: 2, ChMal3: 4, ChMal4: 5 });
  });

  it('an empty year is a problem, not an empty success', () => {
    const result = ncandsValidation(2016, [child()]);
    expect(result).toMatchObject({ fiscalYear: 2016, from: '2015-10-01', to: '2016-09-30', records: 0, flagged: [] });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/No child had a disposition in fiscal year 2016/);
  });

  it('mmddyyyy', () => {
    expect(mmddyyyy('2018-02-09')).toBe('02092018');
  });
});
