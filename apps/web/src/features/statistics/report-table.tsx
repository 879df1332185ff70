import {
  type CountyReportTable,
  dimensionHeading,
  formatCount,
  formatShare,
  formatTenths,
  percentTenths,
  ROUNDING_NOTE,
  sharesNeedRoundingNote,
  type ReportTable as Table,
} from '@cps/domain';
import { type ReactNode, useId } from 'react';

// One table of the DCF report, laid out as it prints them: rows with counts and the share of the
// total, a Total row, and (tables 1, 5 and 9) the share of each location.

const LOCATION_ROW_TABLES = new Set([1, 5, 9]);

const shareHeading: Record<Table['dimension'], string> = {
  ETHNICITY: 'Total Percentage by Ethnicity',
  RACE: 'Total Percentage by Primary Race',
  GENDER: 'Total Percentage by Gender',
  AGE: 'Total Percentage by Age',
};

/** "<1 - 5" → "<1 - 5 years old", as the DCF report words its age rows. */
export function rowLabel(table: Pick<Table, 'dimension'>, label: string): string {
  return table.dimension === 'AGE' && label !== 'Unknown' ? `${label} years old` : label;
}

/** A child with substantiated allegations in both places counts in both columns and once in the total. */
export const countsChildrenTwice = (table: Table) =>
  table.measure === 'SUBSTANTIATED_UNIQUE_CHILDREN' &&
  table.totals.milwaukee !== null &&
  table.totals.balanceOfState !== null &&
  table.totals.total !== null &&
  table.totals.milwaukee + table.totals.balanceOfState > table.totals.total;

/** A supervisor's table: one column, their county. */
export function CountyTable({
  table,
  countyName,
  periodText,
}: {
  table: CountyReportTable;
  countyName: string;
  periodText: string;
}) {
  const { totals } = table;
  const rounding = sharesNeedRoundingNote(
    table.rows.map((r) => r.county),
    totals.county,
  );
  const suppressed = table.rows.some((r) => r.suppressed) || totals.suppressed;
  return (
    <TableFrame table={table} periodText={periodText} notes={{ rounding, suppressed }}>
      <thead>
        <tr>
          <th scope="col">{dimensionHeading[table.dimension]}</th>
          <th scope="col" className="text-right">
            {countyName}
          </th>
          <th scope="col" className="text-right">
            {shareHeading[table.dimension]}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{rowLabel(table, row.label)}</th>
            <td className="text-right">{formatCount(row.county)}</td>
            <td className="text-right">{formatShare(row.county, totals.county)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="text-bold">
          <th scope="row">Total</th>
          <td className="text-right">{formatCount(totals.county)}</td>
          <td className="text-right">
            {totals.county ? '100%' : '–'}
            {rounding ? <sup>¹</sup> : null}
          </td>
        </tr>
      </tfoot>
    </TableFrame>
  );
}

export function ReportTable({ table, periodText }: { table: Table; periodText: string }) {
  const { totals } = table;
  const rounding = sharesNeedRoundingNote(
    table.rows.map((r) => r.total),
    totals.total,
  );
  const milwaukeeShare = percentTenths(totals.milwaukee, totals.total);
  const balanceOfStateShare = percentTenths(totals.balanceOfState, totals.total);
  const locationRounding =
    !countsChildrenTwice(table) &&
    milwaukeeShare !== null &&
    balanceOfStateShare !== null &&
    milwaukeeShare + balanceOfStateShare !== 1000;
  const suppressed = table.rows.some((r) => r.suppressed) || totals.suppressed;
  const totalShare = totals.total === null ? '–' : totals.total === 0 ? '–' : '100%';
  const notes = { rounding: rounding || locationRounding, twice: countsChildrenTwice(table), suppressed };
  return (
    <TableFrame table={table} periodText={periodText} notes={notes}>
      <thead>
        <tr>
          <th scope="col">{dimensionHeading[table.dimension]}</th>
          <th scope="col" className="text-right">
            Milwaukee
          </th>
          <th scope="col" className="text-right">
            Balance of State
          </th>
          <th scope="col" className="text-right">
            Total in Wisconsin
          </th>
          <th scope="col" className="text-right">
            {shareHeading[table.dimension]}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{rowLabel(table, row.label)}</th>
            <td className="text-right">{formatCount(row.milwaukee)}</td>
            <td className="text-right">{formatCount(row.balanceOfState)}</td>
            <td className="text-right">{formatCount(row.total)}</td>
            <td className="text-right">{formatShare(row.total, totals.total)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="text-bold">
          <th scope="row">Total</th>
          <td className="text-right">{formatCount(totals.milwaukee)}</td>
          <td className="text-right">{formatCount(totals.balanceOfState)}</td>
          <td className="text-right">{formatCount(totals.total)}</td>
          <td className="text-right">
            {totalShare}
            {rounding ? <sup>¹</sup> : null}
          </td>
        </tr>
        {LOCATION_ROW_TABLES.has(table.number) ? (
          <tr>
            <th scope="row">Total Percentage by Location</th>
            <td className="text-right">{formatTenths(milwaukeeShare)}</td>
            <td className="text-right">{formatTenths(balanceOfStateShare)}</td>
            <td className="text-right">
              {totalShare}
              {locationRounding ? <sup>¹</sup> : null}
            </td>
            <td />
          </tr>
        ) : null}
      </tfoot>
    </TableFrame>
  );
}

type Notes = { rounding: boolean; twice?: boolean; suppressed: boolean };

/**
 * What every table of the report has around its rows: the caption (number, title, period) and the
 * notes under it, which the table names as its description whenever there is one.
 */
function TableFrame({
  table,
  periodText,
  notes,
  children,
}: {
  table: Pick<Table, 'number' | 'title'>;
  periodText: string;
  notes: Notes;
  children: ReactNode;
}) {
  const noteId = useId();
  const described = notes.rounding || notes.twice || notes.suppressed;
  return (
    <div className="statistics-table">
      <table
        className="usa-table usa-table--borderless usa-table--compact width-full"
        aria-describedby={described ? noteId : undefined}
      >
        <caption>
          <span className="display-block text-bold">Table {table.number}</span>
          <span className="display-block">{table.title}</span>
          <span className="display-block text-normal">{periodText}</span>
        </caption>
        {children}
      </table>
      {described ? (
        <div id={noteId} className="font-body-2xs">
          {notes.rounding ? <p className="margin-y-05">¹ {ROUNDING_NOTE}</p> : null}
          {notes.twice ? (
            <p className="margin-y-05">
              A child with substantiated allegations in both Milwaukee and the balance of state counts once in each
              column and once in the total.
            </p>
          ) : null}
          {notes.suppressed ? (
            <p className="margin-y-05">* Not shown: a count from 1 to 4, or a number that would reveal one.</p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
