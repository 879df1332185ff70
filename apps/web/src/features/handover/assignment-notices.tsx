import type { AssignmentNotice, User } from '@cps/domain';
import { Link } from 'react-router-dom';
import { useApiResource } from '../../api/use-api-resource';
import { formatChicago } from '../../ui/chicago-time';
import { NOTICES_PATH } from './handover.api';

const you = (person: { id: string; name: string } | null, user: User) =>
  person === null ? 'nobody' : person.id === user.id ? 'you' : person.name;

/** "Ana Ruiz handed report 2026-079-00042 to Sam Lee, Dec 7, 2:14 AM": one sentence per hand-over. */
export function noticeText(notice: AssignmentNotice, user: User): string {
  const by = notice.by.id === user.id ? 'You' : notice.by.name;
  const what = notice.kind === 'ASSIGNEE' ? 'handed report' : 'made';
  const to = you(notice.to, user);
  if (notice.kind === 'INITIAL_ASSESSMENT') {
    return `${by} ${what} ${to} the initial assessment worker of report ${notice.reportNumber}${notice.from ? ` (before: ${you(notice.from, user)})` : ''}, ${formatChicago(notice.at)}`;
  }
  const from = notice.from && notice.from.id !== notice.by.id ? ` from ${you(notice.from, user)}` : '';
  return `${by} ${what} ${notice.reportNumber}${from} to ${to}, ${formatChicago(notice.at)}`;
}

/**
 * Hand-overs of the last 7 days to or from the signed-in person made by someone else, so the
 * previous assignee learns that a report left them. Nothing shows when there are none.
 */
export function AssignmentNotices({ user }: { user: User }) {
  const notices = useApiResource<AssignmentNotice[]>(NOTICES_PATH);
  if (notices.status !== 'success' || notices.data.length === 0) return null;
  return (
    <section className="usa-summary-box margin-bottom-3" aria-labelledby="notices-heading">
      <div className="usa-summary-box__body">
        <h2 className="usa-summary-box__heading" id="notices-heading">
          Reports handed to you or away from you (last 7 days)
        </h2>
        <ul className="usa-list">
          {notices.data.map((n) => (
            <li key={`${n.reportId}-${n.at}-${n.kind}`}>
              {noticeText(n, user)}.{' '}
              {n.to.id === user.id && (
                <Link className="usa-link" to={`/reports/${n.reportId}`}>
                  Open report {n.reportNumber}
                </Link>
              )}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
