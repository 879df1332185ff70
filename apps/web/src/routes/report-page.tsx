import { useParams } from 'react-router-dom';
import { ReportView } from '../features/report-view/report-view';
import { SignedIn } from '../features/screening/signed-in';

export function ReportPage() {
  const { id = '' } = useParams();
  return <SignedIn>{(user) => <ReportView key={id} id={id} user={user} />}</SignedIn>;
}
