import { fieldInWords, issuesSentence } from './field-words';

test.each([
  ['dateOfBirth', 'Date of birth'],
  ['persons.0.dateOfBirth', 'Date of birth (person 1)'],
  ['persons.11.lastName', 'Last name (person 12)'],
  ['allegations.1', 'Allegation 2'],
  ['allegations.0.maltreaterKeys.2', 'Alleged maltreater 3 (allegation 1)'],
  ['allegations.0.maltreaterRelationship', 'Maltreater relationship (allegation 1)'],
  ['reporter.name', 'Name (reporter)'],
  ['persons.0.address.city', 'City (address, person 1)'],
  ['receivedAt', 'Date and time received'],
  ['countyCode', 'County'],
  ['from', 'Start date (from)'],
  ['(body)', 'The request body'],
  ['Idempotency-Key', 'Idempotency-Key'],
])('%s is named %p', (path, words) => {
  expect(fieldInWords(path)).toBe(words);
});

test.each([
  [
    [{ path: 'persons.0.dateOfBirth', message: 'must be a date from 1900 to 2100' }],
    'Date of birth (person 1) must be a date from 1900 to 2100',
  ],
  [[{ path: 'password', message: 'Invalid input: expected string, received undefined' }], 'Password is required'],
  [
    [{ path: 'maltreaterInterviewed', message: 'Invalid input: expected boolean, received string' }],
    'Maltreater interviewed must be true or false',
  ],
  [
    [{ path: 'status', message: 'Invalid option: expected one of "DRAFT"|"SCREENED_IN"' }],
    'Status must be one of DRAFT, SCREENED_IN',
  ],
  [
    [{ path: 'allegations.1', message: 'a second SEXUAL_ABUSE allegation for child c1' }],
    'Allegation 2: a second SEXUAL_ABUSE allegation for child c1',
  ],
  [
    [
      { path: 'email', message: 'must be an email address' },
      { path: 'password', message: 'is required' },
    ],
    'Email must be an email address (and 1 more)',
  ],
  [
    [{ path: 'email', message: 'Enter an email address like name@county.wi.gov' }],
    'Enter an email address like name@county.wi.gov',
  ],
  [
    [{ path: 'name', message: 'Too small: expected string to have >=1 characters' }],
    'Name: Too small: expected string to have >=1 characters',
  ],
  [[], 'The request is invalid'],
])('%j reads %p', (issues, sentence) => {
  expect(issuesSentence(issues)).toBe(sentence);
});
