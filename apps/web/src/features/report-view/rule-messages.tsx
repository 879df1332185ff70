import type { AccessReport } from '@cps/domain';

const fieldNames: Record<string, string> = {
  narrative: 'The narrative',
  'recommendation.rationale': "The worker's rationale",
};

/** The report's broken rules (computed.violations) and person-first language warnings. */
export function RuleMessages({ report }: { report: AccessReport }) {
  const { violations, languageWarnings } = report.computed;
  if (violations.length === 0 && languageWarnings.length === 0) return null;
  return (
    <>
      {violations.length > 0 && (
        <div className="usa-alert usa-alert--warning margin-y-3" role="region" aria-labelledby="violations-heading">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading" id="violations-heading">
              Rule checks
            </h2>
            <ul className="usa-list">
              {violations.map((v) => (
                <li key={`${v.rule}:${v.path}`}>
                  <strong>{v.rule}:</strong> {v.message}
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {languageWarnings.length > 0 && (
        <div className="usa-alert usa-alert--info margin-y-3" role="region" aria-labelledby="language-heading">
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading" id="language-heading">
              Person-first language
            </h2>
            <ul className="usa-list">
              {languageWarnings.map((w) => (
                <li key={`${w.path}:${w.term}`}>
                  {fieldNames[w.path] ?? 'A text field'} says “{w.term}”: write “{w.suggestion}” instead, unless you are
                  quoting the reporter (PERSON-FIRST).
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}
    </>
  );
}
