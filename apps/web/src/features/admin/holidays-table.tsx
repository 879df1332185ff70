import type { HolidayEntry } from '@cps/domain';
import { formatLongDate } from './admin-format';

type HolidaysTableProps = { year: number; holidays: HolidayEntry[]; onRemove: (holiday: HolidayEntry) => void };

export function HolidaysTable({ year, holidays, onRemove }: HolidaysTableProps) {
  if (holidays.length === 0) return <p>There are no holidays in {year} yet.</p>;
  return (
    <table className="usa-table usa-table--striped">
      <caption>Holidays in {year}</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Name</th>
          <th scope="col">
            <span className="usa-sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {holidays.map((holiday) => (
          <tr key={holiday.date}>
            <th scope="row" className="text-normal text-no-wrap">
              <time dateTime={holiday.date}>{formatLongDate(holiday.date)}</time>
            </th>
            <td>{holiday.name}</td>
            <td>
              <button type="button" className="usa-button usa-button--unstyled" onClick={() => onRemove(holiday)}>
                Remove<span className="usa-sr-only"> {holiday.name}</span>
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
