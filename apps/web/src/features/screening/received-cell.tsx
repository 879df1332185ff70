import { formatChicagoDateTime } from '../../ui/chicago-time';
import { ageText } from './clock-text';

/** When a report came in, in Chicago time, and how long ago ("received 5 h ago"). */
export function ReceivedCell({ receivedAt, now }: { receivedAt: string | null; now: Date }) {
  if (!receivedAt) return <span>Not recorded</span>;
  return (
    <>
      <time className="display-block" dateTime={receivedAt}>
        {formatChicagoDateTime(receivedAt, { short: true })}
      </time>
      <span className="display-block text-base-dark">{ageText(receivedAt, now)}</span>
    </>
  );
}
