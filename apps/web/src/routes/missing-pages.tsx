import type { MissingEpisode } from '@cps/domain';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { SignedIn } from '../features/auth/signed-in';
import { ChildSearch, type ChosenChild } from '../features/missing/child-search';
import { EpisodeView } from '../features/missing/episode-view';
import { NewEpisodeForm } from '../features/missing/new-episode-form';
import { OpenEpisodes } from '../features/missing/open-episodes';
import { Alert } from '../ui/alert';
import { usePageTitle } from '../ui/use-page-title';

const ROLES = ['ACCESS_WORKER', 'SUPERVISOR'] as const;
const refusal = (
  <>
    <h1>Missing from care</h1>
    <Alert type="info">Missing-from-care episodes are recorded by the county's access workers and supervisors.</Alert>
  </>
);

/** The county's open episodes, most urgent first, and the way to record a new one. */
export function MissingListPage() {
  usePageTitle('Missing from care');
  return (
    <SignedIn roles={ROLES} refusal={refusal}>
      {() => (
        <>
          <h1>Missing from care</h1>
          <p className="usa-intro">
            Children in the agency's care who are missing, or located and waiting for the return screening. Police (8
            hours) and NCMEC (24 hours) reports still due come first. Times are Chicago time.
          </p>
          <Link className="usa-button" to="/missing/new">
            Record a missing child
          </Link>
          <OpenEpisodes
            caption="Open missing-from-care episodes, most urgent first"
            emptyText="No child of your county is missing from care."
          />
        </>
      )}
    </SignedIn>
  );
}

/** Search before create: find the child, then record what the agency knows. */
export function RecordMissingPage() {
  usePageTitle('Record a missing child');
  const navigate = useNavigate();
  const [child, setChild] = useState<ChosenChild | null>(null);
  const onRecorded = (episode: MissingEpisode) => navigate(`/missing/${episode.id}`);
  return (
    <SignedIn roles={ROLES} refusal={refusal}>
      {(user) => (
        <>
          <h1>Record a missing child</h1>
          {child === null ? (
            <ChildSearch onChosen={setChild} />
          ) : (
            <NewEpisodeForm
              child={child}
              countyCode={user.countyCode ?? ''}
              onRecorded={onRecorded}
              onChangeChild={() => setChild(null)}
            />
          )}
        </>
      )}
    </SignedIn>
  );
}

export function EpisodePage() {
  const { id = '' } = useParams();
  return (
    <SignedIn roles={ROLES} refusal={refusal}>
      {() => <EpisodeView key={id} id={id} />}
    </SignedIn>
  );
}
