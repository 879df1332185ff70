import { ApiError } from '../../api/http';

// API issues placed beside the form's own fields, in words: the API's paths (policeReportedAt,
// returnScreening.screenedAt) never reach the page.

export type Placement<F extends string> = { field: F; words: string };
type SetError<F extends string> = (
  field: F,
  error: { type: 'custom'; message: string },
  opts: { shouldFocus: boolean },
) => void;

/** Places each issue it knows; the sentence for the alert at the top of the form. */
export function placeIssues<F extends string>(
  error: unknown,
  fieldOf: (path: string) => Placement<F> | null,
  setError: SetError<F>,
  what: string,
): string {
  if (!(error instanceof ApiError)) return `${what} could not be saved. Try again.`;
  let placed = 0;
  for (const issue of error.issues) {
    const place = fieldOf(issue.path);
    if (!place) continue;
    placed++;
    setError(
      place.field,
      { type: 'custom', message: `${place.words} ${issue.message.replace(/\.$/, '')}.` },
      { shouldFocus: placed === 1 },
    );
  }
  return error.issues.length > 0 && placed === error.issues.length
    ? `${what} was not saved: see the marked fields.`
    : error.message;
}

export const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
