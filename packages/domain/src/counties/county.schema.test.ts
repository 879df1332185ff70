import { countyCodeSchema, MILWAUKEE_COUNTY_CODE, regionOfCounty } from './county.schema';

test.each(['55079', '55001', '55141'])('accepts the Wisconsin FIPS code %s', (code) => {
  expect(countyCodeSchema.safeParse(code).success).toBe(true);
});

test.each(['79', '5507', '550790', '56079', 'Milwaukee', ''])('refuses %p', (code) => {
  expect(countyCodeSchema.safeParse(code).success).toBe(false);
});

test('Milwaukee County is its own region; every other county is Balance of State', () => {
  expect(regionOfCounty(MILWAUKEE_COUNTY_CODE)).toBe('MILWAUKEE');
  expect(regionOfCounty('55025')).toBe('BALANCE_OF_STATE');
});
