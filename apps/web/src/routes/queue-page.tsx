import { ScreeningQueue } from '../features/screening/screening-queue';
import { SignedIn } from '../features/screening/signed-in';
import { Alert } from '../ui/alert';
import { usePageTitle } from '../ui/use-page-title';

export function QueuePage() {
  usePageTitle('Screening queue');
  return (
    <SignedIn>
      {(user) =>
        user.role === 'SUPERVISOR' ? (
          <ScreeningQueue />
        ) : (
          <>
            <h1>Screening queue</h1>
            <Alert type="info">
              The screening queue is for supervisors, who decide whether reports are screened in.
            </Alert>
          </>
        )
      }
    </SignedIn>
  );
}
