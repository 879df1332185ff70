import type { Actor, RecordedDecision, RecordedRecommendation } from '@cps/domain';
import { formatChicagoDateTime } from '../../ui/chicago-time';
import { decisionLabel, responseTimeLabel, screenOutReasonLabel } from '../screening/labels';

type Choice = Pick<RecordedDecision, 'decision' | 'screenOutReason' | 'responseTime' | 'rationale'>;

/** A worker's recommendation or a supervisor's decision, in words, with who and when. */
export function ScreeningSummary({
  choice,
  by,
  at,
}: {
  choice: Choice | RecordedRecommendation;
  by: Actor;
  at: string | null;
}) {
  if (!choice.decision) return <p>None recorded.</p>;
  return (
    <div className="bg-base-lightest padding-2 radius-md measure-6">
      <p className="margin-top-0">
        <strong>{decisionLabel(choice.decision)}</strong>
        {choice.decision === 'SCREEN_IN' &&
          choice.responseTime &&
          `, response ${responseTimeLabel(choice.responseTime).toLowerCase()}`}
        {choice.decision === 'SCREEN_OUT' &&
          choice.screenOutReason &&
          `: ${screenOutReasonLabel(choice.screenOutReason).toLowerCase()}`}
      </p>
      <p className="text-pre-wrap">{choice.rationale || 'No rationale recorded.'}</p>
      {(by || at) && (
        <p className="margin-bottom-0 text-base-dark">
          {by?.name ?? 'Unknown'}
          {at && (
            <>
              , <time dateTime={at}>{formatChicagoDateTime(at)}</time>
            </>
          )}
        </p>
      )}
    </div>
  );
}
