import { forwardRef, type MouseEvent } from 'react';
import { describeAnchor, fieldId, focusAnchor } from './field-paths';
import { messageSentence } from './fields/field-messages';
import { useCheckSnapshot } from './intake-context';
import type { IntakeValues } from './intake-form.schema';

type ErrorSummaryProps = { error: string | null; getValues: () => IntakeValues };

/**
 * After a submit attempt: every problem, in page order, each a link that moves focus to its
 * field. Stays in step with the live checks, so it shrinks as the worker fixes things.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(
  { error, getValues },
  ref,
) {
  const { messages, attempted } = useCheckSnapshot();
  if (!attempted || (messages.length === 0 && !error)) return null;
  const values = getValues();
  const go = (anchor: string) => (event: MouseEvent) => {
    if (focusAnchor(anchor)) event.preventDefault();
  };
  return (
    <div
      className="usa-alert usa-alert--error margin-bottom-3 intake-summary"
      role="alert"
      aria-labelledby="error-summary-heading"
      tabIndex={-1}
      ref={ref}
    >
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" id="error-summary-heading">
          {messages.length
            ? `Fix ${messages.length === 1 ? 'this' : `these ${messages.length}`} before submitting`
            : 'The report was not submitted'}
        </h2>
        {error && <p className="usa-alert__text">{error}</p>}
        {messages.length > 0 && (
          <ul className="usa-list intake-summary__list">
            {messages.map((m) => (
              <li key={`${m.anchor}:${m.rule ?? m.source}:${m.text}`}>
                <a className="usa-link" href={`#${fieldId(m.anchor)}`} onClick={go(m.anchor)}>
                  {describeAnchor(m.anchor, values)}: {m.rule ? `${m.rule} — ` : ''}
                  {messageSentence(m.text)}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
});
