import { ageGroupOf, rowsOf, tableDefinitions } from './report-rows';

describe('ageGroupOf', () => {
  test.each([
    [0, '<1 - 5'],
    [5, '<1 - 5'],
    [6, '6 - 9'],
    [9, '6 - 9'],
    [10, '10 - 12'],
    [12, '10 - 12'],
    [13, '13'],
    [14, '14'],
    [15, '15'],
    [16, '16'],
    [17, '17'],
    [null, 'Unknown'],
    [undefined, 'Unknown'],
    // only a date of birth corrected after the report gives these
    [18, 'Unknown'],
    [-1, 'Unknown'],
    [12.5, 'Unknown'],
  ])('%p years → %s', (age, label) => {
    expect(ageGroupOf(age).label).toBe(label);
  });
});

describe('rows of each dimension, in order, with the exact labels of docs/statistics.md', () => {
  test.each([
    ['ETHNICITY', ['Hispanic', 'Not Hispanic or Not Documented']],
    [
      'RACE',
      [
        'White',
        'African American',
        'American Indian / Alaskan Native',
        'Asian',
        'Native Hawaiian / Other Pacific Islander',
        'Unable to Determine / Not Documented',
      ],
    ],
    ['GENDER', ['Female', 'Male', 'Unknown']],
    ['AGE', ['<1 - 5', '6 - 9', '10 - 12', '13', '14', '15', '16', '17', 'Unknown']],
  ] as const)('%s', (dimension, labels) => {
    expect(rowsOf[dimension].map((r) => r.label)).toEqual(labels);
  });
});

test('tables 1-10: measure, dimension and the DCF titles', () => {
  expect(tableDefinitions.map((t) => `${t.number} ${t.measure} ${t.dimension}`)).toEqual([
    '1 ALLEGATIONS ETHNICITY',
    '2 ALLEGATIONS RACE',
    '3 ALLEGATIONS GENDER',
    '4 ALLEGATIONS AGE',
    '5 SUBSTANTIATED ETHNICITY',
    '6 SUBSTANTIATED RACE',
    '7 SUBSTANTIATED GENDER',
    '8 SUBSTANTIATED AGE',
    '9 SUBSTANTIATED_UNIQUE_CHILDREN GENDER',
    '10 SUBSTANTIATED_UNIQUE_CHILDREN AGE',
  ]);
  expect(tableDefinitions[0]!.title).toBe(
    'Wisconsin Child Sex Trafficking Allegations, by Milwaukee and Balance of State, by Hispanic Ethnicity',
  );
  expect(tableDefinitions[7]!.title).toBe(
    'Wisconsin Child Sex Trafficking Substantiated Allegations, by Milwaukee and Balance of State, by Child Age at Report',
  );
  expect(tableDefinitions[8]!.title).toBe(
    "Wisconsin Child Sex Trafficking Substantiated Unique Children, by Milwaukee and Balance of State, by Child's Gender",
  );
  for (const t of tableDefinitions) expect(t.title).not.toMatch(/prostitut/i);
});
