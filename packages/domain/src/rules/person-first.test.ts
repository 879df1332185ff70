import { languageWarnings, PERSON_FIRST_TERMS } from './person-first';

const one = (text: string) => languageWarnings([{ path: 'narrative', text }]).map((w) => [w.term, w.suggestion]);

describe('PERSON-FIRST', () => {
  test.each([
    ['She was called a prostitute by the man.', [['prostitute', 'youth being sex trafficked']]],
    ['Police said the girls were prostitutes.', [['prostitutes', 'youth being sex trafficked']]],
    ['The PROSTITUTE was 15.', [['PROSTITUTE', 'youth being sex trafficked']]],
    ['A Child Prostitute, he said.', [['Child Prostitute', 'youth being sex trafficked']]],
    ['child\nprostitute across a line break', [['child\nprostitute', 'youth being sex trafficked']]],
    ['teen prostitute', [['teen prostitute', 'youth being sex trafficked']]],
    ['a juvenile prostitute', [['juvenile prostitute', 'youth being sex trafficked']]],
    ['an underage prostitute', [['underage prostitute', 'youth being sex trafficked']]],
    ['involved in child prostitution', [['child prostitution', 'child sex trafficking']]],
    ['arrested for prostitution', [['prostitution', 'commercial sexual exploitation']]],
    ['called her a hooker', [['hooker', 'youth being sex trafficked']]],
    ['Hookers on the corner', [['Hookers', 'youth being sex trafficked']]],
    ['called her a whore.', [['whore', 'youth being sex trafficked']]],
    ['a child sex worker', [['child sex worker', 'youth being sex trafficked']]],
    ['teen sex workers', [['teen sex workers', 'youth being sex trafficked']]],
    ['an underage sex worker', [['underage sex worker', 'youth being sex trafficked']]],
    ['"prostitution-related" charges', [['prostitution', 'commercial sexual exploitation']]],
    [
      'whore/hooker',
      [
        ['whore', 'youth being sex trafficked'],
        ['hooker', 'youth being sex trafficked'],
      ],
    ],
    [
      'hooker whore',
      [
        ['hooker', 'youth being sex trafficked'],
        ['whore', 'youth being sex trafficked'],
      ],
    ],
  ])('%j warns %j', (text, expected) => {
    expect(one(text)).toEqual(expected);
  });

  test.each([
    'He used a shoehorn.',
    'She was hooked on drugs.',
    'a whorl in the hair',
    'She works as a sex worker at 25.', // an adult's own words, not about a child
    'a hoe in the garden',
    'prostitutes2', // part of a longer token
    'the word childprostitute has no space',
    'youth being sex trafficked',
    '',
  ])('%j does not warn', (text) => {
    expect(one(text)).toEqual([]);
  });

  test('the longest term wins: "teen prostitute" is not also "prostitute"', () => {
    expect(one('a teen prostitute')).toEqual([['teen prostitute', 'youth being sex trafficked']]);
  });

  test('each term once per field; different terms each once', () => {
    expect(one('prostitute, Prostitute, prostitutes; a child prostitute; whore')).toEqual([
      ['prostitute', 'youth being sex trafficked'],
      ['child prostitute', 'youth being sex trafficked'],
      ['whore', 'youth being sex trafficked'],
    ]);
  });

  test('quoting a reporter only warns, with the path of each field', () => {
    const warnings = languageWarnings([
      { path: 'narrative', text: 'Reporter: "she is a prostitute, everyone knows".' },
      { path: 'recommendation.rationale', text: 'Screen in: prostitution of a 15-year-old is sex trafficking.' },
      { path: 'persons.0.firstName', text: null },
      { path: 'reporter.name', text: undefined },
    ]);
    expect(warnings).toEqual([
      { path: 'narrative', term: 'prostitute', suggestion: 'youth being sex trafficked' },
      { path: 'recommendation.rationale', term: 'prostitution', suggestion: 'commercial sexual exploitation' },
    ]);
  });

  test('the same term in two fields warns in each', () => {
    const warnings = languageWarnings([
      { path: 'narrative', text: 'hooker' },
      { path: 'recommendation.rationale', text: 'hooker' },
    ]);
    expect(warnings.map((w) => w.path)).toEqual(['narrative', 'recommendation.rationale']);
  });

  test('every term of the list is found', () => {
    for (const { term, suggestion } of PERSON_FIRST_TERMS) {
      expect(one(`x ${term} y`)).toEqual([[term, suggestion]]);
    }
  });
});
