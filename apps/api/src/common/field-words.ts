import type { Issue } from './domain-error';

// The `message` of a 400 is one sentence a person reads ("Date of birth (person 1) must be a
// date from 1900 to 2100"), never a field path ("persons.0.dateOfBirth: …"): the path stays in
// `issues` for programs and for the form to put the message beside its field.

/** Fields whose camelCase split into words would read oddly. */
const NAMES: Record<string, string> = {
  '(body)': 'The request body',
  countyCode: 'County',
  receivedAt: 'Date and time received',
  presentDangerThreat: 'Present danger threat',
  notifiedAt: 'Date and time notified',
  personId: 'Person',
  at: 'Date and time of the contact',
  childKey: 'Child',
  maltreaterKeys: 'Alleged maltreaters',
  sexTraffickingTrainingCompletedOn: 'Sex trafficking training date',
  from: 'Start date (from)',
  to: 'End date (to)',
  pageSize: 'Page size',
  userId: 'User',
  entityId: 'Record',
  reportId: 'Report',
  duplicateOfReportId: 'Original report',
  fromKey: 'From (person)',
  toKey: 'To (person)',
  personKey: 'Person',
  learnedAt: 'Time the agency learned the child was missing',
  lastSeenAt: 'Time the child was last seen',
  policeReportedAt: 'Police report time',
  policeAgency: 'Police agency',
  ncicNumber: 'NCIC number',
  ncmecReportedAt: 'NCMEC report time',
  ncmecCaseNumber: 'NCMEC case number',
  locatedAt: 'Time the child was located',
  screenedAt: 'Screening time',
};

/** Arrays of the contract whose items are named "person 1", "allegation 2". */
const ITEMS: Record<string, string> = {
  persons: 'person',
  allegations: 'allegation',
  indicators: 'indicator',
  identifiers: 'identifier',
  relationships: 'relationship',
  maltreaterKeys: 'alleged maltreater',
  descriptors: 'descriptor',
  roles: 'role',
};

/** `dateOfBirth` → `date of birth`; a name that is no identifier (`Idempotency-Key`) stays as sent. */
function words(segment: string): string {
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(segment)) return segment;
  return segment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `persons.0.dateOfBirth` → `Date of birth (person 1)`; `reporter.name` → `Name (reporter)`. */
export function fieldInWords(path: string): string {
  const segments = path.split('.');
  const leaf = segments[segments.length - 1] ?? path;
  const leafIsIndex = /^\d+$/.test(leaf);
  const named = leafIsIndex ? segments.slice(0, -1) : segments;
  const context: string[] = [];
  for (let i = 0; i < named.length - (leafIsIndex ? 0 : 1); i++) {
    const segment = named[i] ?? '';
    const index = segments[i + 1];
    if (index !== undefined && /^\d+$/.test(index) && ITEMS[segment]) {
      context.push(`${ITEMS[segment]} ${Number(index) + 1}`);
    } else if (!/^\d+$/.test(segment)) {
      context.push(words(segment));
    }
  }
  if (leafIsIndex) {
    // The item itself is the subject: "Allegation 2", with its parents in brackets.
    const subject = context.pop() ?? leaf;
    return capitalized(subject) + (context.length ? ` (${context.reverse().join(', ')})` : '');
  }
  const subject = NAMES[leaf] ?? capitalized(words(leaf));
  return subject + (context.length ? ` (${context.reverse().join(', ')})` : '');
}

const VERB = /^(is|are|must|may|should|has|have|does|do|cannot|can|needs|was|were)\b/;
const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
};

/** The issue's message as the rest of a sentence that starts with the field. */
function predicate(message: string): string {
  if (VERB.test(message)) return ` ${message}`;
  // zod's own wording for the few checks no schema words itself.
  const type = /^Invalid input: expected (\w+), received (\w+)/.exec(message);
  if (type) return type[2] === 'undefined' ? ' is required' : ` must be ${KINDS[type[1] ?? ''] ?? type[1]}`;
  const option = /^Invalid option: expected one of (.+)$/.exec(message);
  if (option) return ` must be one of ${(option[1] ?? '').replaceAll('"', '').split('|').join(', ')}`;
  return `: ${message}`;
}

/** zod's own messages start with a capital too, but name no field. */
const ZOD_WORDING = /^(Invalid|Too (small|big)|Unrecognized)\b/;

/** One sentence for the whole 400: the first issue in words, and how many more there are. */
export function issuesSentence(issues: Issue[]): string {
  const first = issues[0];
  if (!first) return 'The request is invalid';
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  // A message written as a whole sentence ("Enter an email address like …") already says what to do.
  if (/^[A-Z]/.test(first.message) && !ZOD_WORDING.test(first.message)) return `${first.message}${more}`;
  return `${fieldInWords(first.path)}${predicate(first.message)}${more}`;
}
