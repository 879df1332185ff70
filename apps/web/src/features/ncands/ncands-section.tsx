import { type NcandsValidation, ncandsQuerySchema, todayInChicago } from '@cps/domain';
import { type FormEvent, useId, useState } from 'react';
import { useApiResource } from '../../api/use-api-resource';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { ncandsCsvPath, ncandsValidationPath } from './ncands.api';

// The federal NCANDS Child File for a state administrator: pick a federal fiscal year, read what a
// reviewer would fix, then download. The download is offered only once the check has been read,
// and never for a year with no record (docs/statistics.md, "The NCANDS Child File extract").

/** The last fiscal year that has ended: in December 2026 that is 2026 (October 2025 to September 2026). */
export function lastEndedFiscalYear(now: Date): number {
  const [year = 0, month = 0] = todayInChicago(now).split('-').map(Number);
  return month >= 10 ? year : year - 1;
}

/** What a column name means to a reviewer. */
const FIELD_WORDS: Record<string, string> = {
  ChAge: 'Age',
  ChRacUD: 'Race',
  CEthn: 'Hispanic ethnicity',
  ChMal4: 'Maltreatment types',
  RptSrc: 'Reporter type',
};

export function NcandsSection() {
  const id = useId();
  const [typed, setTyped] = useState(String(lastEndedFiscalYear(new Date())));
  const [error, setError] = useState<string | null>(null);
  const [fiscalYear, setFiscalYear] = useState<number | null>(null);
  const validation = useApiResource<NcandsValidation>(fiscalYear === null ? null : ncandsValidationPath(fiscalYear));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = ncandsQuerySchema.safeParse({ fiscalYear: typed.trim() });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'must be a year like 2018');
      return;
    }
    setError(null);
    setFiscalYear(parsed.data.fiscalYear);
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="statistics-no-print margin-top-5">
      <h2 id={`${id}-heading`}>Federal NCANDS Child File</h2>
      <p className="usa-prose margin-top-0">
        One record for each child in each report whose findings were completed in the federal fiscal year (October to
        September). Check the year first: the download is offered after the check.
      </p>
      <form onSubmit={submit} className="display-flex flex-wrap flex-align-end" noValidate>
        <div className={`usa-form-group margin-right-2${error ? ' usa-form-group--error' : ''}`}>
          <label className="usa-label" htmlFor={`${id}-year`}>
            Federal fiscal year
          </label>
          <span className="usa-hint" id={`${id}-hint`}>
            For example 2018 (October 2017 to September 2018)
          </span>
          {error ? (
            <span className="usa-error-message" id={`${id}-error`}>
              Federal fiscal year {error}
            </span>
          ) : null}
          <input
            className={`usa-input usa-input--small${error ? ' usa-input--error' : ''}`}
            id={`${id}-year`}
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
            onChange={(e) => setTyped(e.target.value)}
          />
        </div>
        <button type="submit" className="usa-button usa-button--outline margin-top-3">
          Check the year
        </button>
      </form>
      {validation.status === 'loading' ? <Loading label="Checking the records…" /> : null}
      {validation.status === 'error' ? <Alert type="error">{validation.error.message}</Alert> : null}
      {validation.status === 'success' ? <ValidationResult result={validation.data} /> : null}
    </section>
  );
}

function ValidationResult({ result }: { result: NcandsValidation }) {
  const id = useId();
  const period = `October 1, ${result.fiscalYear - 1} to September 30, ${result.fiscalYear}`;
  if (result.problems.length > 0) {
    return (
      <div className="margin-top-2" aria-live="polite">
        {result.problems.map((p) => (
          <Alert key={p} type="warning">
            {p}
          </Alert>
        ))}
      </div>
    );
  }
  return (
    <div className="margin-top-2" aria-live="polite">
      <p>
        Fiscal year {result.fiscalYear} ({period}): <strong>{result.records}</strong>{' '}
        {result.records === 1 ? 'record' : 'records'}.{' '}
        {result.flagged.length === 0
          ? 'Nothing flagged.'
          : `${result.flagged.length} ${result.flagged.length === 1 ? 'thing' : 'things'} to review before sending.`}
      </p>
      {result.flagged.length > 0 ? (
        <table className="usa-table usa-table--borderless usa-table--compact" aria-labelledby={`${id}-caption`}>
          <caption id={`${id}-caption`}>To review in fiscal year {result.fiscalYear}</caption>
          <thead>
            <tr>
              <th scope="col">Report</th>
              <th scope="col">Field</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {result.flagged.map((f) => (
              <tr key={`${f.reportNumber}/${f.childId}/${f.field}`}>
                <th scope="row">{f.reportNumber}</th>
                <td>
                  {FIELD_WORDS[f.field] ?? f.field} ({f.field})
                </td>
                <td>{f.problem}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <a className="usa-button" href={ncandsCsvPath(result.fiscalYear)} download>
        Download the NCANDS Child File for {result.fiscalYear} (CSV)
      </a>
    </div>
  );
}
