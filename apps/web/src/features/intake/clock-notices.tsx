import type { LanguageWarning } from '@cps/domain';
import { formatChicago } from '../../ui/chicago-time';
import { useCheckSnapshot } from './intake-context';

/** LE-12H, shown as soon as sexual abuse or sex trafficking is alleged. Always in a live region. */
export function LawEnforcementClock({ compact = false }: { compact?: boolean }) {
  const { computed } = useCheckSnapshot();
  const required = computed && computed.lawEnforcementStatus !== 'NOT_REQUIRED';
  const due = computed?.lawEnforcementDueAt;
  const overdue = computed?.lawEnforcementStatus === 'OVERDUE';
  return (
    <div aria-live="polite" className={compact ? 'intake-clock intake-clock--compact' : 'intake-clock'}>
      {required && (
        <div className={`usa-alert usa-alert--slim ${overdue ? 'usa-alert--error' : 'usa-alert--warning'}`}>
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              {due ? (
                <>
                  Law enforcement referral {overdue ? 'was due' : 'due'} by <strong>{formatChicago(due)}</strong>
                  {compact ? ' (LE-12H)' : ' (LE-12H: 12 business hours from receipt, Chicago time).'}
                </>
              ) : (
                <>
                  Sexual abuse or sex trafficking is alleged: law enforcement must be told within 12 business hours
                  (LE-12H). Enter the time received to see the due time.
                </>
              )}
            </p>
          </div>
        </div>
      )}
    </div>
  );
}

/** TRIBE-24H, when a child is recorded as an Indian child. */
export function TribalClock({ compact = false }: { compact?: boolean }) {
  const { computed } = useCheckSnapshot();
  const due = computed?.tribalNotificationDueAt;
  return (
    <div aria-live="polite" className={compact ? 'intake-clock intake-clock--compact' : 'intake-clock'}>
      {computed && computed.tribalNotificationStatus !== 'NOT_REQUIRED' && due && (
        <div className="usa-alert usa-alert--slim usa-alert--warning">
          <div className="usa-alert__body">
            <p className="usa-alert__text">
              Tribe notification due by <strong>{formatChicago(due)}</strong> (TRIBE-24H).
            </p>
          </div>
        </div>
      )}
    </div>
  );
}

/** PERSON-FIRST hints under a text field: suggestions, never a block (a caller may be quoted). */
export function LanguageHints({ path, id }: { path: string; id: string }) {
  const { computed } = useCheckSnapshot();
  const warnings: LanguageWarning[] = (computed?.languageWarnings ?? []).filter((w) => w.path === path);
  return (
    <div id={id} aria-live="polite" className="intake-language-hints">
      {warnings.length > 0 && (
        <ul className="usa-list intake-language-hints__list">
          {warnings.map((w) => (
            <li key={w.term.toLowerCase()}>
              “{w.term}” — consider “{w.suggestion}”
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <p className="usa-hint margin-top-05">
          Person-first language: a suggestion only. Quote the caller's own words when they matter.
        </p>
      )}
    </div>
  );
}
