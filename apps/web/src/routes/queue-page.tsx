import { SignedIn } from '../features/auth/signed-in';
import { OpenEpisodesSection } from '../features/missing/open-episodes';
import { ScreeningQueue } from '../features/screening/screening-queue';
import { Alert } from '../ui/alert';
import { usePageTitle } from '../ui/use-page-title';

const refusal = (
  <>
    <h1>Screening queue</h1>
    <Alert type="info">The screening queue is for supervisors, who decide whether reports are screened in.</Alert>
  </>
);

export function QueuePage() {
  usePageTitle('Screening queue');
  return (
    <SignedIn roles={['SUPERVISOR']} refusal={refusal}>
      {() => (
        <>
          <ScreeningQueue />
          <OpenEpisodesSection />
        </>
      )}
    </SignedIn>
  );
}
