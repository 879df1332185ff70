import type { MissingEpisode } from '@cps/domain';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { Alert } from '../../ui/alert';
import { formatChicago, formatDateOnly } from '../../ui/chicago-time';
import { Loading } from '../../ui/loading';
import { usePageTitle } from '../../ui/use-page-title';
import { ClockCountdown } from '../screening/clock-countdown';
import { reportedStatusText } from '../screening/clock-text';
import { indicatorLabel } from '../screening/labels';
import { useNow } from '../screening/use-now';
import { childName, episodeStatusLabel } from './episode-words';
import { ReturnScreeningForm } from './return-screening-form';
import { LocatedForm, NcmecReportForm, PoliceReportForm } from './step-forms';
import { useEpisode } from './use-episode';

/** The episode page: what is known, both clocks, each step still to record, and the report a screening opened. */
export function EpisodeView({ id }: { id: string }) {
  usePageTitle('Missing child');
  const { state, reload, replace } = useEpisode(id);
  if (state.status === 'loading') return <Loading label="Loading the episode…" />;
  if (state.status === 'error') {
    return (
      <>
        <h1>Missing child</h1>
        <Alert type="error">
          {state.error.status === 404
            ? 'No missing-from-care episode of your county has this link.'
            : state.error.message}
        </Alert>
      </>
    );
  }
  return <Episode episode={state.episode} onSaved={replace} onStale={reload} />;
}

type EpisodeProps = { episode: MissingEpisode; onSaved: (e: MissingEpisode) => void; onStale: () => void };

function Episode({ episode, onSaved, onStale }: EpisodeProps) {
  const now = useNow();
  const statusRef = useRef<HTMLParagraphElement>(null);
  const version = useRef(episode.version);
  // After a step the status line takes the focus, so a keyboard user hears what changed.
  useEffect(() => {
    if (episode.version !== version.current) statusRef.current?.focus();
    version.current = episode.version;
  }, [episode.version]);
  const open = episode.status !== 'CLOSED';
  const steps = { episode, onSaved, onStale };
  return (
    <>
      <p>
        <Link to="/missing">All missing children</Link>
      </p>
      <h1>Missing from care: {childName(episode)}</h1>
      <p ref={statusRef} tabIndex={-1} className="usa-intro">
        Status: <strong>{episodeStatusLabel[episode.status]}</strong>
      </p>
      {episode.newReportId && (
        <Alert type="success">
          The return screening found trafficking indicators: a new draft access report was opened for the child,
          assigned to {episode.returnScreening?.screenedBy?.name ?? 'the screener'}.{' '}
          <Link to={`/reports/${episode.newReportId}`}>Open report {episode.newReportNumber}</Link>
        </Alert>
      )}
      <dl className="margin-top-2">
        <dt className="text-bold">Child</dt>
        <dd>
          {childName(episode)}
          {episode.person.dateOfBirth ? `, born ${formatDateOnly(episode.person.dateOfBirth)}` : ''}
        </dd>
        <dt className="text-bold">Agency learned the child was missing</dt>
        <dd>{formatChicago(episode.learnedAt)}</dd>
        <dt className="text-bold">Last seen</dt>
        <dd>
          {[formatChicago(episode.lastSeenAt), episode.lastSeenLocation].filter(Boolean).join(', ') || 'Not recorded'}
        </dd>
        <dt className="text-bold">Circumstances</dt>
        <dd>{episode.circumstances || 'Not recorded'}</dd>
      </dl>
      <Clocks episode={episode} now={now} />
      <section aria-labelledby="steps-heading" className="margin-top-4">
        <h2 id="steps-heading">Steps</h2>
        <Recorded episode={episode} />
        {open && !episode.policeReportedAt && <PoliceReportForm {...steps} />}
        {open && !episode.ncmecReportedAt && <NcmecReportForm {...steps} />}
        {open && !episode.locatedAt && <LocatedForm {...steps} />}
        {episode.status === 'LOCATED_AWAITING_SCREEN' && <ReturnScreeningForm {...steps} />}
      </section>
    </>
  );
}

function Clocks({ episode, now }: { episode: MissingEpisode; now: Date }) {
  const c = episode.computed;
  return (
    <table className="usa-table usa-table--stacked margin-top-2">
      <caption>Reporting clocks, from when the agency learned the child was missing (Chicago time)</caption>
      <thead>
        <tr>
          <th scope="col">Report</th>
          <th scope="col">Due and status</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row" data-label="Report">
            To the police for NCIC, within 8 hours (MISSING-LE-8H)
          </th>
          <td data-label="Due and status">
            <ClockCountdown
              dueAt={c.policeDueAt}
              status={c.policeStatus}
              now={now}
              statusWord
              words={reportedStatusText}
            />
          </td>
        </tr>
        <tr>
          <th scope="row" data-label="Report">
            To NCMEC, within 24 hours (MISSING-NCMEC-24H)
          </th>
          <td data-label="Due and status">
            <ClockCountdown
              dueAt={c.ncmecDueAt}
              status={c.ncmecStatus}
              now={now}
              statusWord
              words={reportedStatusText}
            />
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** What has been recorded, step by step, in words. */
function Recorded({ episode }: { episode: MissingEpisode }) {
  const items = [
    episode.policeReportedAt &&
      `Reported to the police: ${formatChicago(episode.policeReportedAt)}, ${episode.policeAgency ?? 'agency not recorded'}` +
        `${episode.policeCaseNumber ? `, case ${episode.policeCaseNumber}` : ''}${episode.ncicNumber ? `, NCIC ${episode.ncicNumber}` : ''}`,
    episode.ncmecReportedAt &&
      `Reported to NCMEC: ${formatChicago(episode.ncmecReportedAt)}${episode.ncmecCaseNumber ? `, case ${episode.ncmecCaseNumber}` : ''}`,
    episode.locatedAt && `Child located: ${formatChicago(episode.locatedAt)}`,
    episode.returnScreening &&
      `Return screening: ${formatChicago(episode.returnScreening.screenedAt)} by ${episode.returnScreening.screenedBy?.name ?? 'unknown'}; ` +
        (episode.returnScreening.indicators.length
          ? `indicators found: ${episode.returnScreening.indicators.map(indicatorLabel).join('; ')}`
          : 'no trafficking indicator found'),
  ].filter((x): x is string => typeof x === 'string' && x !== '');
  if (items.length === 0)
    return <p className="usa-prose text-italic">Nothing recorded yet: report the child to the police and NCMEC.</p>;
  return (
    <ul className="usa-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
