import type { MissingEpisodePage } from '@cps/domain';
import { Link } from 'react-router-dom';
import { useApiResource } from '../../api/use-api-resource';
import { Alert } from '../../ui/alert';
import { Loading } from '../../ui/loading';
import { useNow } from '../screening/use-now';
import { EpisodesTable } from './episodes-table';
import { OPEN_EPISODES_PATH } from './missing.api';

type OpenEpisodesProps = { compact?: boolean; caption: string; emptyText: string };

/** The county's open episodes, most urgent first, with loading, error and empty states in words. */
export function OpenEpisodes({ compact = false, caption, emptyText }: OpenEpisodesProps) {
  const now = useNow();
  const list = useApiResource<MissingEpisodePage>(OPEN_EPISODES_PATH);
  if (list.status === 'error')
    return <Alert type="error">The missing children could not be loaded: {list.error.message}</Alert>;
  if (list.status !== 'success') return <Loading label="Loading missing children…" />;
  const { items, total } = list.data;
  if (items.length === 0) return <p className="usa-prose text-italic">{emptyText}</p>;
  return (
    <>
      {items.length < total && (
        <Alert type="warning">
          Showing the {items.length} most urgent of {total} open episodes.
        </Alert>
      )}
      <EpisodesTable episodes={items} now={now} caption={caption} compact={compact} />
    </>
  );
}

/** The supervisor's home: a compact section of the county's open episodes. */
export function OpenEpisodesSection() {
  return (
    <section className="margin-top-5" aria-labelledby="missing-heading">
      <h2 id="missing-heading">Children missing from care</h2>
      <p>
        Open episodes of your county: police (8 hours) and NCMEC (24 hours) reports still due first, then children
        located and waiting for the return screening. <Link to="/missing">All missing children</Link>
      </p>
      <OpenEpisodes
        compact
        caption="Open missing-from-care episodes, most urgent first"
        emptyText="No child of your county is missing from care."
      />
    </section>
  );
}
