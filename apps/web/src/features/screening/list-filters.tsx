import type { ReportStatus } from '@cps/domain';
import { type FormEvent, useId, useState } from 'react';
import { statusLabel } from './labels';

export type ListFilterValues = { q: string; status: ReportStatus | '' };

const STATUSES: readonly ReportStatus[] = ['DRAFT', 'AWAITING_SUPERVISOR', 'SCREENED_IN', 'SCREENED_OUT'];

type ListFiltersProps = { label: string; value: ListFilterValues; onChange: (value: ListFilterValues) => void };

/**
 * A search box (report number or name) and a status filter for a list. Applied on submit, not on
 * each key: every search is a request, and a list that moves while one types loses one's place.
 */
export function ListFilters({ label, value, onChange }: ListFiltersProps) {
  const id = useId();
  const [q, setQ] = useState(value.q);
  const [status, setStatus] = useState(value.status);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim(), status });
  };
  const filtered = value.q !== '' || value.status !== '';
  return (
    <form
      className="usa-form maxw-none display-flex flex-wrap flex-align-end"
      role="search"
      aria-label={label}
      onSubmit={submit}
    >
      <div className="usa-form-group margin-right-2 margin-top-0">
        <label className="usa-label" htmlFor={`${id}-q`}>
          Report number or name
        </label>
        <input
          className="usa-input"
          id={`${id}-q`}
          type="search"
          maxLength={100}
          value={q}
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <div className="usa-form-group margin-right-2 margin-top-0">
        <label className="usa-label" htmlFor={`${id}-status`}>
          Status
        </label>
        <select
          className="usa-select"
          id={`${id}-status`}
          value={status}
          onChange={(e) => setStatus(e.target.value as ReportStatus | '')}
        >
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <button className="usa-button margin-top-1" type="submit">
        Search
      </button>
      {filtered && (
        <button
          className="usa-button usa-button--unstyled margin-top-1 margin-left-1"
          type="button"
          onClick={() => {
            setQ('');
            setStatus('');
            onChange({ q: '', status: '' });
          }}
        >
          Show all
        </button>
      )}
    </form>
  );
}
