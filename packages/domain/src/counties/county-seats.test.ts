import { readFileSync } from 'node:fs';
import path from 'node:path';
import { COUNTY_NAMES, COUNTY_SEATS, countyForCity } from './county-seats';

test('one county seat and one name for each of the 72 counties, each a different county', () => {
  expect(new Set(Object.values(COUNTY_SEATS)).size).toBe(72);
  expect(Object.keys(COUNTY_SEATS)).toHaveLength(72);
  expect(new Set(Object.values(COUNTY_NAMES)).size).toBe(72);
});

test('a county seat gives its county, whatever the case, spaces or "Saint"', () => {
  expect(countyForCity('Madison')).toBe('55025');
  expect(countyForCity('  green   bay ')).toBe('55009');
  expect(countyForCity('WISCONSIN RAPIDS')).toBe('55141');
  expect(countyForCity('Prairie du Chien')).toBe('55023');
  expect(countyForCity('Milwaukee')).toBe('55079');
});

test('a city named like a county gives that county; a county seat of the same name wins', () => {
  expect(countyForCity('Menominee')).toBe('55078');
  expect(countyForCity('St. Croix')).toBe('55109');
  expect(countyForCity('Saint Croix')).toBe('55109');
  // The city of Monroe is the seat of Green County, not in Monroe County.
  expect(countyForCity('Monroe')).toBe('55045');
  expect(countyForCity('Portage')).toBe('55021');
});

test('any other city, or none, offers no county', () => {
  expect(countyForCity('Chicago')).toBeNull();
  expect(countyForCity('')).toBeNull();
  expect(countyForCity('   ')).toBeNull();
  expect(countyForCity(null)).toBeNull();
  expect(countyForCity(undefined)).toBeNull();
});

test('the county names are those of the county list the database is seeded from (prisma/data)', () => {
  const csv = readFileSync(path.join(__dirname, '../../../../prisma/data/wi-counties.csv'), 'utf8');
  const seeded = Object.fromEntries(
    csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',') as [string, string])
      .map(([fips, name]) => [name, fips]),
  );
  expect(COUNTY_NAMES).toEqual(seeded);
});
