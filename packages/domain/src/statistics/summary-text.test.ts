import { aggregatesFromTables, dcfAggregates } from '../testing/report-fixture';
import { assembleSexTraffickingReport, type SexTraffickingAggregates } from './assemble-report';
import { toCountyReport } from './county-report';
import { summaryParagraphs } from './summary-text';
import { suppressReport } from './suppression';

const statewide = { countyCode: null, countyName: null };
const report = (
  aggregates: SexTraffickingAggregates,
  scope: { countyCode: string | null; countyName: string | null } = statewide,
) =>
  assembleSexTraffickingReport({
    period: { from: '2017-06-01', to: '2018-08-31' },
    scope,
    generatedAt: new Date(0),
    aggregates,
  });

test('the DCF report of 2018, in its own words', () => {
  expect(summaryParagraphs(report(dcfAggregates()), 'Wisconsin')).toEqual([
    'From June 1, 2017 through August 31, 2018, there were 422 screened-in allegations of child sex trafficking across Wisconsin, involving 354 unique children, as some youth had more than one allegation.',
    'Of the 422 allegations, 178 (42.2%) were in Milwaukee County and 244 (57.8%) were in the balance of state (the other 71 counties).',
    '99 allegations were substantiated, involving 86 unique children: a substantiation rate of 23.5% for child sex trafficking allegations.',
    'Of the 99 substantiated allegations, 49 (49.5%) were in Milwaukee County and 50 (50.5%) were in the balance of state (the other 71 counties).',
    'For comparison, in the same period across Wisconsin the substantiation rate was 13.6% for all child abuse and neglect allegations and 20.4% for all sexual abuse allegations.',
  ]);
});

test('one county, one allegation: singular words, no Milwaukee split', () => {
  const aggregates = aggregatesFromTables(
    { 1: { Hispanic: [0, 1, 1] }, 2: { White: [0, 1, 1] }, 3: { Female: [0, 1, 1] }, 4: { '15': [0, 1, 1] } },
    [0, 1, 1],
    { allAllegations: { allegations: 3, substantiated: 1 }, sexualAbuse: { allegations: 2, substantiated: 0 } },
  );
  const dane = report(aggregates, { countyCode: '55025', countyName: 'Dane' });
  expect(summaryParagraphs(toCountyReport(dane), 'Dane County')).toEqual(summaryParagraphs(dane, 'Dane County'));
  expect(summaryParagraphs(toCountyReport(dane), 'Dane County')).toEqual([
    'From June 1, 2017 through August 31, 2018, there was 1 screened-in allegation of child sex trafficking in Dane County, involving 1 unique child.',
    'None of these allegations has been substantiated so far.',
    'For comparison, in the same period in Dane County the substantiation rate was 33.3% for all child abuse and neglect allegations and 0.0% for all sexual abuse allegations.',
  ]);
});

test('nothing in the period', () => {
  expect(summaryParagraphs(report(aggregatesFromTables({}, [0, 0, 0])), 'Wisconsin')).toEqual([
    'From June 1, 2017 through August 31, 2018, there were no screened-in allegations of child sex trafficking across Wisconsin.',
  ]);
});

test('suppressed numbers are said to be suppressed, never guessed', () => {
  const aggregates = dcfAggregates();
  const text = summaryParagraphs(suppressReport(report(aggregates), aggregates.rates), 'Wisconsin').join(' ');
  expect(text).toContain('Of the 422 allegations, 178 (42.2%) were in Milwaukee County');
  const tiny = aggregatesFromTables(
    { 1: { Hispanic: [2, 0, 2] }, 2: { White: [2, 0, 2] }, 3: { Female: [2, 0, 2] }, 4: { '15': [2, 0, 2] } },
    [1, 0, 1],
  );
  const small = summaryParagraphs(suppressReport(report(tiny), tiny.rates), 'Wisconsin').join(' ');
  expect(small).toContain('a suppressed number of screened-in allegations');
  expect(small).toContain('Of these allegations, a suppressed number were in Milwaukee County');
  expect(small).not.toMatch(/\b2\b|the a suppressed/);
});

test('person-first language: never "prostitute", and children are children', () => {
  const text = summaryParagraphs(report(dcfAggregates()), 'Wisconsin').join(' ');
  expect(text).not.toMatch(/prostitut|victim/i);
  expect(text).toMatch(/children/);
});
