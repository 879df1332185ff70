import type { PersonHistory as History } from '@cps/domain';
import { useId, useState } from 'react';
import { useApiResource } from '../../api/use-api-resource';
import { Loading } from '../../ui/loading';
import { useCounties } from '../reference/use-counties';
import { HistoryEntryItem } from './history-entry';
import { personHistoryPath } from './person-history.api';

type Props = {
  personId: string;
  /** Who the history is about, for the button's words: "Maya Thompson" (or "this person"). */
  name: string;
  /** The report being read: it is not an earlier report of itself. */
  currentReportId?: string;
};

/**
 * "Prior reports" of a linked person, behind a disclosure: each read of a history is audited, so it
 * is read when a worker asks for it, not whenever a person appears on screen.
 */
export function PersonHistory({ personId, name, currentReportId }: Props) {
  const [open, setOpen] = useState(false);
  const regionId = useId();
  return (
    <div className="margin-top-1">
      <button
        type="button"
        className="usa-button usa-button--unstyled"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? 'Hide' : 'Show'} prior reports of {name}
      </button>
      <section id={regionId} hidden={!open} aria-label={`Prior reports of ${name}`}>
        {open && <HistoryList personId={personId} currentReportId={currentReportId} />}
      </section>
    </div>
  );
}

function HistoryList({ personId, currentReportId }: { personId: string; currentReportId?: string }) {
  const history = useApiResource<History>(personHistoryPath(personId));
  const counties = useCounties();
  if (history.status === 'error') {
    return (
      <p className="usa-error-message" role="alert">
        Prior reports could not be loaded: {history.error.message}
      </p>
    );
  }
  // Wait for the county names too, so an entry never flickers from a code to a name.
  const countiesPending = counties.status === 'idle' || counties.status === 'loading';
  if (history.status !== 'success' || countiesPending) return <Loading label="Loading prior reports…" />;
  const entries = history.data.filter((e) => !currentReportId || e.reportId !== currentReportId);
  if (entries.length === 0) return <p className="margin-y-1">No earlier reports.</p>;
  // "Dane County"; the FIPS code when the names could not be read.
  const county = (code: string) => {
    const name = counties.status === 'success' ? counties.data.find((c) => c.code === code)?.name : undefined;
    return name ? `${name} County` : `county ${code}`;
  };
  return (
    <ul className="usa-list usa-list--unstyled margin-y-1">
      {entries.map((entry, i) => (
        <HistoryEntryItem
          // Other counties' entries carry no id; the list keeps the API's order.
          key={entry.reportId ?? `other-${i}`}
          entry={entry}
          county={county(entry.countyCode)}
        />
      ))}
    </ul>
  );
}
