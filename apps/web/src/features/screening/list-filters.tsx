import type { ReportStatus } from '@cps/domain';
import { type FormEvent, useId, useState } from 'react';
import { statusLabel } from './labels';

export type ListFilterValues = {
  q: string;
  status: ReportStatus | '';
  /** "Assigned to me" (the list has the choice when given). */
  mine?: boolean;
};

const STATUSES: readonly ReportStatus[] = ['DRAFT', 'AWAITING_SUPERVISOR', 'SCREENED_IN', 'SCREENED_OUT', 'DISCARDED'];

type ListFiltersProps = { label: string; value: ListFilterValues; onChange: (value: ListFilterValues) => void };

/**
 * A search box (report number or name) and a status filter for a list. Applied on submit, not on
 * each key: every search is a request, and a list that moves while one types loses one's place.
 */
export function ListFilters({ label, value, onChange }: ListFiltersProps) {
  const id = useId();
  const [q, setQ] = useState(value.q);
  const [status, setStatus] = useState(value.status);
  const [mine, setMine] = useState(value.mine);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange({ q: q.trim(), status, ...(mine !== undefined && { mine }) });
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
      {mine !== undefined && (
        <div className="usa-checkbox margin-right-2 margin-top-1">
          <input
            className="usa-checkbox__input"
            id={`${id}-mine`}
            type="checkbox"
            checked={mine}
            onChange={(e) => {
              // Applied at once: a choice of which list, not words being typed.
              setMine(e.target.checked);
              onChange({ ...value, mine: e.target.checked });
            }}
          />
          <label className="usa-checkbox__label" htmlFor={`${id}-mine`}>
            Assigned to me
          </label>
        </div>
      )}
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
            onChange({ q: '', status: '', ...(mine !== undefined && { mine }) });
          }}
        >
          Show all
        </button>
      )}
    </form>
  );
}
