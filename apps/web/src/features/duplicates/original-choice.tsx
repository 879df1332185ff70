import type { AccessReport } from '@cps/domain';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Loading } from '../../ui/loading';
import { ChoiceFieldset, Radio } from '../screening/form-fields';
import { statusLabel } from '../screening/labels';
import { type OpenReport, receivedWords, useOpenReports } from './open-reports';

type Props = {
  report: AccessReport;
  registration: UseFormRegisterReturn;
  chosen: string | null | undefined;
  errors: readonly string[];
};

/**
 * The supervisor's decision, screening out as a duplicate: which report is the original. Offered:
 * the one the worker recommended, and the open and screened-in reports of the report's children
 * (their histories are read, and audited, only once this reason is chosen).
 */
export function OriginalChoice({ report, registration, chosen, errors }: Props) {
  const childIds = report.persons.filter((p) => p.roles.includes('CHILD')).map((p) => p.personId);
  const open = useOpenReports(childIds, report.id);
  const recommended = report.recommendation?.duplicateOfReportId ?? null;
  const candidates: OpenReport[] = open.status === 'success' ? [...open.reports] : [];
  // The worker's choice first, even if the histories no longer list it (the rules will say why).
  if (recommended && report.duplicateOf?.id === recommended && !candidates.some((c) => c.reportId === recommended)) {
    candidates.unshift({
      reportId: recommended,
      reportNumber: report.duplicateOf.reportNumber,
      receivedAt: null,
      status: '',
    });
  }
  candidates.sort((a, b) => Number(b.reportId === recommended) - Number(a.reportId === recommended));
  const chosenNumber = candidates.find((c) => c.reportId === chosen)?.reportNumber;
  return (
    <ChoiceFieldset
      id="duplicate-of"
      legend="Original report"
      hint={
        chosenNumber
          ? `This report will be screened out as a duplicate of ${chosenNumber}, which will list it.`
          : 'Choose the earlier report about the same child and events: awaiting a decision or screened in.'
      }
      errors={errors}
      announce
    >
      {open.status === 'loading' && candidates.length === 0 && <Loading label="Loading the children's open reports…" />}
      {open.status === 'error' && (
        <p className="usa-error-message">The children's open reports could not be loaded: {open.message}</p>
      )}
      {open.status === 'success' && candidates.length === 0 && (
        <p>No other report of this county about these children is awaiting a decision or screened in.</p>
      )}
      {candidates.map((c) => (
        <Radio
          key={c.reportId}
          id={`duplicate-of-${c.reportId}`}
          value={c.reportId}
          tile
          label={[
            `Report ${c.reportNumber}`,
            c.status ? `${receivedWords(c.receivedAt)}, ${statusLabel(c.status).toLowerCase()}` : null,
            c.reportId === recommended ? 'recommended by the worker' : null,
          ]
            .filter(Boolean)
            .join(' · ')}
          {...registration}
        />
      ))}
    </ChoiceFieldset>
  );
}
