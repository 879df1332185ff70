import type { MissingEpisode } from '@cps/domain';
import { Link } from 'react-router-dom';
import { formatChicagoDateTime } from '../../ui/chicago-time';
import { ClockCountdown } from '../screening/clock-countdown';
import { reportedStatusText } from '../screening/clock-text';
import { childName, episodeStatusLabel } from './episode-words';

type EpisodesTableProps = {
  episodes: readonly MissingEpisode[];
  now: Date;
  caption: string;
  /** The supervisor's home: child, clocks and status only. */
  compact?: boolean;
};

/** Open missing-from-care episodes in the order served (most urgent first), each child a link to the episode. */
export function EpisodesTable({ episodes, now, caption, compact = false }: EpisodesTableProps) {
  return (
    <table className="usa-table usa-table--stacked width-full">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Child</th>
          {!compact && <th scope="col">Learned missing</th>}
          <th scope="col">Police report (8 hours)</th>
          <th scope="col">NCMEC report (24 hours)</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {episodes.map((episode) => (
          <tr key={episode.id}>
            <th scope="row" data-label="Child">
              <Link className="usa-link" to={`/missing/${episode.id}`}>
                {childName(episode)}
              </Link>
            </th>
            {!compact && (
              <td data-label="Learned missing">
                <time dateTime={episode.learnedAt}>{formatChicagoDateTime(episode.learnedAt, { short: true })}</time>
              </td>
            )}
            <td data-label="Police report (8 hours)">
              <ClockCountdown
                dueAt={episode.computed.policeDueAt}
                status={episode.computed.policeStatus}
                now={now}
                short
                statusWord
                words={reportedStatusText}
              />
            </td>
            <td data-label="NCMEC report (24 hours)">
              <ClockCountdown
                dueAt={episode.computed.ncmecDueAt}
                status={episode.computed.ncmecStatus}
                now={now}
                short
                statusWord
                words={reportedStatusText}
              />
            </td>
            <td data-label="Status">{episodeStatusLabel[episode.status]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
