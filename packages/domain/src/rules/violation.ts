// A broken rule of docs/domain.md's table, as computed.violations and the API's 422 name it.

/** The rules table of docs/domain.md, in its order: when several fail, the first in this order answers. */
export const RULE_ORDER = [
  'ST-AGE',
  'ST-TYPE',
  'ST-NEGLECT',
  'ST-INDICATOR',
  'ST-SCREEN-IN',
  'PRESENT-DANGER',
  'TRAINING',
  'DUPLICATE-OF',
  'DISCARD-ALLEGATION',
  'FINDING-SCREENED-IN',
  'FINDING-INTERVIEW',
  'LE-12H',
  'TRIBE-24H',
  'IA-60D',
  'PERSON-FIRST',
  'MISSING-LE-8H',
  'MISSING-NCMEC-24H',
  'RETURN-SCREEN',
] as const;
export type RuleId = (typeof RULE_ORDER)[number];

/** rule: the id; message: one sentence for the worker; path: the field in the report document. */
export type Violation = { rule: RuleId; message: string; path: string };

/** Compares document paths segment by segment, numbers as numbers (allegations.2 < allegations.10). */
export function comparePaths(a: string, b: string): number {
  const as = a.split('.');
  const bs = b.split('.');
  for (const [i, x] of as.entries()) {
    const y = bs[i];
    if (y === undefined) break;
    if (x === y) continue;
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    if (numeric) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return as.length - bs.length;
}

/** Sorted in RULE_ORDER, then by path; a new array. */
export function sortViolations(violations: readonly Violation[]): Violation[] {
  return [...violations].sort(
    (a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) || comparePaths(a.path, b.path),
  );
}
