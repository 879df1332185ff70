import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api/http';

const roleWords: Record<string, string> = {
  ACCESS_WORKER: 'an access worker',
  SUPERVISOR: 'a supervisor',
  ADMIN: 'a state administrator',
};

/**
 * The domain's messages complete a sentence about the field ("must be at least 12 characters");
 * this starts it with the field's label and puts role codes in plain words.
 */
export function fieldMessage(label: string, message: string | undefined): string | undefined {
  if (message === undefined) return undefined;
  const plain = message.replace(
    /\b(?:an? )?(ACCESS_WORKER|SUPERVISOR|ADMIN)\b/g,
    (_match, code: string) => roleWords[code] ?? code,
  );
  return /^[a-z]/.test(plain) ? `${label} ${plain}` : plain;
}

export const FIX_FIELDS_MESSAGE = 'Some answers need a change: see the messages beside the fields.';

/**
 * Puts a refused request's issues (400) beside the fields they name, focusing the first, and
 * returns the text for the alert above the form: the server's own message for a 409 and the rest.
 */
export function showServerErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string {
  if (!(error instanceof ApiError)) return 'Something went wrong. Try again.';
  const placed = error.issues.filter((issue) => (fields as readonly string[]).includes(issue.path));
  placed.forEach((issue, index) =>
    setError(issue.path as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: index === 0 }),
  );
  return placed.length > 0 && placed.length === error.issues.length ? FIX_FIELDS_MESSAGE : error.message;
}
