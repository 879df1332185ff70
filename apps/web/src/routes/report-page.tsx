import { useParams } from 'react-router-dom';
import { SignedIn } from '../features/auth/signed-in';
import { ReportView } from '../features/report-view/report-view';

export function ReportPage() {
  const { id = '' } = useParams();
  return <SignedIn>{(user) => <ReportView key={id} id={id} user={user} />}</SignedIn>;
}
