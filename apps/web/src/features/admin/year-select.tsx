type YearSelectProps = { year: number; thisYear: number; onChange: (year: number) => void };

/** Years from a few back (the 2017–2018 reporting periods included) to a few ahead. */
export function YearSelect({ year, thisYear, onChange }: YearSelectProps) {
  const first = Math.min(2015, thisYear - 5, year);
  const last = Math.max(thisYear + 3, year);
  const years = Array.from({ length: last - first + 1 }, (_, i) => last - i);
  return (
    <div className="usa-form-group margin-top-0">
      <label className="usa-label" htmlFor="holiday-year">
        Year
      </label>
      <select
        id="holiday-year"
        className="usa-select maxw-card"
        value={year}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {years.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
