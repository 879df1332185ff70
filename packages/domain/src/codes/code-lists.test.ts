import { ethnicities, genders, races, referenceCodes, reporterTypes } from './code-lists';
import { maltreatmentTypeSchema, raceSchema } from './codes.schema';

// Labels that docs/domain.md fixes (docs/statistics.md uses them as table row labels).
test('race labels are the NCANDS/AFCARS labels of docs/domain.md, in order', () => {
  expect(races.map((r) => r.label)).toEqual([
    'White',
    'African American',
    'American Indian / Alaskan Native',
    'Asian',
    'Native Hawaiian / Other Pacific Islander',
    'Unable to Determine / Not Documented',
  ]);
});

test('gender and ethnicity labels are those of docs/domain.md', () => {
  expect(genders.map((g) => [g.code, g.label])).toEqual([
    ['FEMALE', 'Female'],
    ['MALE', 'Male'],
    ['UNKNOWN', 'Unknown'],
  ]);
  expect(ethnicities.map((e) => [e.code, e.label])).toEqual([
    ['HISPANIC', 'Hispanic'],
    ['NOT_HISPANIC', 'Not Hispanic'],
    ['NOT_DOCUMENTED', 'Not documented'],
  ]);
});

test('the reference codes hold the lists of docs/http-api.md, each with unique codes', () => {
  expect(Object.keys(referenceCodes)).toEqual([
    'maltreatmentTypes',
    'descriptors',
    'genders',
    'ethnicities',
    'races',
    'relationships',
    'reporterTypes',
    'indicators',
    'responseTimes',
    'screenOutReasons',
    'incidentLocationTypes',
    'safeNowValues',
  ]);
  for (const list of Object.values(referenceCodes)) {
    const list_codes = list.map((i) => i.code);
    expect(new Set(list_codes).size).toBe(list_codes.length);
  }
  expect(reporterTypes).toHaveLength(14);
});

test('code schemas accept listed codes and refuse others', () => {
  expect(maltreatmentTypeSchema.safeParse('SEXUAL_ABUSE').success).toBe(true);
  expect(maltreatmentTypeSchema.safeParse('SEX_TRAFFICKING').success).toBe(false); // a descriptor, not a type
  expect(raceSchema.safeParse('white').success).toBe(false);
});

test('no label uses stigmatising words about children', () => {
  const labels = Object.values(referenceCodes).flatMap((l) => l.map((i) => i.label.toLowerCase()));
  for (const label of labels) expect(label).not.toMatch(/prostitut|hooker|whore/);
});
