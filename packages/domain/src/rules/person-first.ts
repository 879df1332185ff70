// PERSON-FIRST (docs/domain.md): stigmatising words about children in free text get a warning with a
// person-first suggestion. Never a block: a reporter's own words may need quoting.

const FOR_A_PERSON = 'youth being sex trafficked';

/** The terms, each with its suggestion. This list is the one place these words belong in the code. */
export const PERSON_FIRST_TERMS: readonly { term: string; suggestion: string }[] = [
  { term: 'child prostitute', suggestion: FOR_A_PERSON },
  { term: 'child prostitution', suggestion: 'child sex trafficking' },
  { term: 'teen prostitute', suggestion: FOR_A_PERSON },
  { term: 'juvenile prostitute', suggestion: FOR_A_PERSON },
  { term: 'underage prostitute', suggestion: FOR_A_PERSON },
  { term: 'prostitute', suggestion: FOR_A_PERSON },
  { term: 'prostitution', suggestion: 'commercial sexual exploitation' },
  { term: 'hooker', suggestion: FOR_A_PERSON },
  { term: 'whore', suggestion: FOR_A_PERSON },
  { term: 'child sex worker', suggestion: FOR_A_PERSON },
  { term: 'teen sex worker', suggestion: FOR_A_PERSON },
  { term: 'underage sex worker', suggestion: FOR_A_PERSON },
];

export type LanguageWarning = { path: string; term: string; suggestion: string };
export type TextField = { path: string; text: string | null | undefined };

// Longest first, so that a two-word term wins over the word it ends with.
const BY_LENGTH = [...PERSON_FIRST_TERMS].sort((a, b) => b.term.length - a.term.length);

function termPattern(term: string): string {
  // Words may be split by any spacing or a hyphen; a plural "s" is the same term.
  return `(${term.split(' ').join('[\\s-]+')}s?)`;
}

// Whole words only: no letter, digit or underscore may touch either end. The start is a
// non-captured prefix rather than a lookbehind, which older Safari versions lack.
const MATCHER = new RegExp(
  `(?:^|[^\\p{L}\\p{N}_])(?:${BY_LENGTH.map((t) => termPattern(t.term)).join('|')})(?![\\p{L}\\p{N}_])`,
  'giu',
);

/**
 * Warnings for each field, in field order and then text order: case-insensitive whole-word
 * matches, the longest term winning, each term once per field; `term` is the text as written.
 */
export function languageWarnings(fields: readonly TextField[]): LanguageWarning[] {
  const warnings: LanguageWarning[] = [];
  for (const { path, text } of fields) {
    if (!text) continue;
    const seen = new Set<string>();
    for (const match of text.matchAll(MATCHER)) {
      const group = match.slice(1).findIndex((g) => g !== undefined);
      const entry = BY_LENGTH[group];
      const written = match[group + 1];
      if (!entry || written === undefined || seen.has(entry.term)) continue;
      seen.add(entry.term);
      warnings.push({ path, term: written, suggestion: entry.suggestion });
    }
  }
  return warnings;
}
