/** A rule of docs/domain.md refused the action: 422 with the rule id. */
export class RuleViolation extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

/** A rule of docs/domain.md that says who may act (DISCARD-ALLEGATION): 403 with the rule id. */
export class RuleForbidden extends Error {
  constructor(
    readonly rule: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
  }
}

export type Issue = { path: string; message: string };

/** Invalid input that passed the schema but not a cross-field check: 400 with issues. */
export class InvalidInput extends Error {
  constructor(readonly issues: Issue[]) {
    const [first] = issues;
    super(first && issues.length === 1 ? `${first.path}: ${first.message}` : `${issues.length} fields are invalid`);
  }
}

/** Stale version or wrong lifecycle state: 409. */
export class Conflict extends Error {}

/** Not found, or in another county: 404 (never reveal that it exists). */
export class NotFound extends Error {
  constructor(what = 'Record') {
    super(`${what} not found`);
  }
}
