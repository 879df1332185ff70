import { genders, races } from '../codes/code-lists';

// The rows of the ten tables of docs/statistics.md, in the order they are printed. Row keys are what the
// SQL groups by; labels are the exact strings of docs/statistics.md (and of the DCF report of 2018).

export const measures = ['ALLEGATIONS', 'SUBSTANTIATED', 'SUBSTANTIATED_UNIQUE_CHILDREN'] as const;
export type Measure = (typeof measures)[number];

export const dimensions = ['ETHNICITY', 'RACE', 'GENDER', 'AGE'] as const;
export type Dimension = (typeof dimensions)[number];

export const locations = ['milwaukee', 'balanceOfState', 'total'] as const;
export type Location = (typeof locations)[number];

export type RowDefinition = { key: string; label: string };

/** An age group: whole years from `min` to `max`, both included. */
export type AgeGroup = RowDefinition & { min: number; max: number };

export const ageGroups: readonly AgeGroup[] = [
  { key: 'AGE_0_5', label: '<1 - 5', min: 0, max: 5 },
  { key: 'AGE_6_9', label: '6 - 9', min: 6, max: 9 },
  { key: 'AGE_10_12', label: '10 - 12', min: 10, max: 12 },
  ...[13, 14, 15, 16, 17].map((age) => ({ key: `AGE_${age}`, label: String(age), min: age, max: age })),
];

export const UNKNOWN_AGE: RowDefinition = { key: 'AGE_UNKNOWN', label: 'Unknown' };

/**
 * The age group of an age at report. No age is `Unknown`; so is an age outside 0-17, which only a
 * date of birth corrected after the report can produce (ST-AGE refuses 18 and over at submit):
 * every allegation then lands in exactly one row, and the tables' totals stay equal.
 */
export function ageGroupOf(age: number | null | undefined): RowDefinition {
  if (age === null || age === undefined || !Number.isInteger(age)) return UNKNOWN_AGE;
  return ageGroups.find((g) => age >= g.min && age <= g.max) ?? UNKNOWN_AGE;
}

export const HISPANIC_ROW: RowDefinition = { key: 'HISPANIC', label: 'Hispanic' };
/** NOT_HISPANIC, NOT_DOCUMENTED and no value at all (the DCF report's "or Not Documented"). */
export const NOT_HISPANIC_ROW: RowDefinition = {
  key: 'NOT_HISPANIC_OR_NOT_DOCUMENTED',
  label: 'Not Hispanic or Not Documented',
};

/** The rows of each dimension, in order. A child without a race or gender on file counts as
 * "Unable to Determine / Not Documented" or "Unknown", as a missing ethnicity counts as not documented. */
export const rowsOf: Record<Dimension, readonly RowDefinition[]> = {
  ETHNICITY: [HISPANIC_ROW, NOT_HISPANIC_ROW],
  RACE: races.map(({ code, label }) => ({ key: code, label })),
  GENDER: genders.map(({ code, label }) => ({ key: code, label })),
  AGE: [...ageGroups.map(({ key, label }) => ({ key, label })), UNKNOWN_AGE],
};

export const UNKNOWN_RACE_KEY = 'UNABLE_TO_DETERMINE';
export const UNKNOWN_GENDER_KEY = 'UNKNOWN';

export type TableDefinition = { number: number; title: string; measure: Measure; dimension: Dimension };

const measureTitle: Record<Measure, string> = {
  ALLEGATIONS: 'Wisconsin Child Sex Trafficking Allegations',
  SUBSTANTIATED: 'Wisconsin Child Sex Trafficking Substantiated Allegations',
  SUBSTANTIATED_UNIQUE_CHILDREN: 'Wisconsin Child Sex Trafficking Substantiated Unique Children',
};

const dimensionTitle: Record<Measure, Record<Dimension, string>> = {
  ALLEGATIONS: { ETHNICITY: 'Hispanic Ethnicity', RACE: 'Primary Race', GENDER: 'Gender', AGE: 'Child Age at Report' },
  SUBSTANTIATED: {
    ETHNICITY: 'Hispanic Ethnicity',
    RACE: 'Primary Race',
    GENDER: 'Gender',
    AGE: 'Child Age at Report',
  },
  SUBSTANTIATED_UNIQUE_CHILDREN: {
    ETHNICITY: 'Hispanic Ethnicity',
    RACE: 'Primary Race',
    GENDER: "Child's Gender",
    AGE: 'Child Age at Report',
  },
};

const table = (number: number, measure: Measure, dimension: Dimension): TableDefinition => ({
  number,
  measure,
  dimension,
  title: `${measureTitle[measure]}, by Milwaukee and Balance of State, by ${dimensionTitle[measure][dimension]}`,
});

/** Tables 1-10 of docs/statistics.md, titled as in the DCF report. */
export const tableDefinitions: readonly TableDefinition[] = [
  table(1, 'ALLEGATIONS', 'ETHNICITY'),
  table(2, 'ALLEGATIONS', 'RACE'),
  table(3, 'ALLEGATIONS', 'GENDER'),
  table(4, 'ALLEGATIONS', 'AGE'),
  table(5, 'SUBSTANTIATED', 'ETHNICITY'),
  table(6, 'SUBSTANTIATED', 'RACE'),
  table(7, 'SUBSTANTIATED', 'GENDER'),
  table(8, 'SUBSTANTIATED', 'AGE'),
  table(9, 'SUBSTANTIATED_UNIQUE_CHILDREN', 'GENDER'),
  table(10, 'SUBSTANTIATED_UNIQUE_CHILDREN', 'AGE'),
];

/** The heading of a table's first column, as the DCF report prints it. */
export const dimensionHeading: Record<Dimension, string> = {
  ETHNICITY: 'Hispanic Ethnicity',
  RACE: 'Primary Race',
  GENDER: 'Gender',
  AGE: 'Age',
};
