import type { AccessReport, Draft, User } from '@cps/domain';
import { type KeyboardEvent, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { DraftHandover, type HandedOver } from '../handover/draft-handover';
import { HouseholdRelationshipsSection, TraffickingIdentifiersSection } from '../household/household-sections';
import { AllegationsSection } from './allegations-section';
import { createCheckStore } from './check-store';
import { ConflictPanel, RestoredNotice } from './conflict-panel';
import { ErrorSummary } from './error-summary';
import { anchorOf } from './field-paths';
import { IncidentSection } from './incident-section';
import {
  defaultIntakeTimings,
  IntakeContext,
  type IntakeContextValue,
  type IntakeTimings,
  TimingsContext,
} from './intake-context';
import { type IntakeValues, intakeResolver } from './intake-form.schema';
import { LiveChecks } from './live-checks';
import type { LocalCopy } from './local-copy';
import { NarrativeSection } from './narrative-section';
import { PeopleDirectoryProvider } from './people-directory';
import { PeopleSection } from './people-section';
import { type IntakeNotifications, PoliceAndTribeSection } from './police-and-tribe-section';
import { ReceivedSection } from './received-section';
import { RecommendationSection } from './recommendation-section';
import { ReporterSection } from './reporter-section';
import { runChecks, valueSnapshot } from './run-checks';
import { SafetySection } from './safety-section';
import { SectionNav } from './section-nav';
import { useIntakeSaver } from './use-intake-saver';
import { useLinking } from './use-linking';
import { useSubmit } from './use-submit';

export type IntakeStart = {
  reportId: string | null;
  /** The saved report's number (null until the draft is created): the worker reads it to the caller. */
  reportNumber: string | null;
  version: number | null;
  countyCode: string;
  values: IntakeValues;
  notifications: IntakeNotifications;
  /** The server's draft at `version` (null for a new report): a 409 is compared with it. */
  baseValues?: IntakeValues | null;
  /** Statewide ids of the people in the saved report. */
  personIds: string[];
  notice: string | null;
  /** The values came from this computer's copy and are not on the server yet. */
  restored: boolean;
  conflictWith: AccessReport | null;
  /** Who is answerable for the saved draft (its assignee); a new report's is its creator. Absent: the worker typing. */
  assigneeId?: string | null;
  /** A create of the restored copy that may have reached the server: sent again as it was first. */
  pendingCreate?: LocalCopy['create'];
};

type IntakeFormProps = {
  user: User;
  countyName: string;
  holidays: readonly string[];
  start: IntakeStart;
  timings?: Partial<IntakeTimings>;
  onCreated?: (report: AccessReport) => void;
  onSubmitted: (report: AccessReport) => void;
  /** Handed on or discarded from the form (the saver has stopped). */
  onHandedOver?: (result: HandedOver) => void;
};

/** Enter in a one-line field must not submit the report half-way through a call. */
function noImplicitSubmit(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key === 'Enter' && target instanceof HTMLInputElement && target.type !== 'submit') event.preventDefault();
}

export function IntakeForm({
  user,
  countyName,
  holidays,
  start,
  timings: timingOverrides,
  onCreated,
  onSubmitted,
  onHandedOver,
}: IntakeFormProps) {
  const contextTimings = useContext(TimingsContext);
  const [timings] = useState<IntakeTimings>(() => ({ ...defaultIntakeTimings, ...contextTimings, ...timingOverrides }));
  const methods = useForm<IntakeValues, unknown, Draft>({
    resolver: intakeResolver,
    defaultValues: start.values,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
    shouldFocusError: false,
  });
  const [checks] = useState(createCheckStore);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summaryRequests, setSummaryRequests] = useState(0);
  const [reportNumber, setReportNumber] = useState(start.reportNumber);
  const linking = useLinking(methods, start.personIds);
  // Recorded here or read again after a 409: the clocks are checked with them.
  const [notifications, setNotifications] = useState(start.notifications);
  const notificationsFrom = useCallback(
    (report: AccessReport) =>
      setNotifications({
        lawEnforcementNotifications: report.lawEnforcementNotifications,
        tribalNotifications: report.tribalNotifications,
      }),
    [],
  );

  const recheck = useCallback(
    (values: IntakeValues) => {
      const { attempted } = checks.getSnapshot();
      const result = runChecks(values, {
        actor: user,
        holidays,
        now: new Date(),
        attempted,
        server: checks.getServerMessages(),
        notifications,
      });
      checks.publish(result.messages, result.computed);
    },
    [checks, user, holidays, notifications],
  );

  const saver = useIntakeSaver(
    methods,
    {
      userId: user.id,
      countyCode: start.countyCode,
      reportId: start.reportId,
      version: start.version,
      baseValues: start.baseValues,
      pendingCreate: start.pendingCreate,
    },
    timings,
    {
      prepare: linking.prepare,
      onCreated: (report) => {
        setReportNumber(report.reportNumber);
        linking.adopt(report);
        onCreated?.(report);
      },
      onSaved: linking.adopt,
      onRead: notificationsFrom,
      onRefused: (issues) => {
        const values = methods.getValues();
        checks.setServerMessages(
          issues.map((i) => ({
            anchor: anchorOf(i.path, values),
            path: i.path,
            snapshot: valueSnapshot(values, i.path),
            source: 'server',
            text: i.message,
          })),
        );
      },
      onFieldChange: linking.fieldChanged,
    },
  );

  useEffect(() => {
    if (start.conflictWith) saver.conflictWith(start.conflictWith);
    else if (start.restored) saver.restored();
    // Once, for the values this form started with.
  }, [saver, start]);

  const submit = useSubmit({
    saver,
    checks,
    actor: user,
    getValues: () => methods.getValues(),
    recheck: () => recheck(methods.getValues()),
    showSummary: () => setSummaryRequests((n) => n + 1),
    onSubmitted,
  });

  useEffect(() => {
    if (summaryRequests > 0) summaryRef.current?.focus();
  }, [summaryRequests]);

  const context = useMemo<IntakeContextValue>(
    () => ({
      checks,
      saver,
      timings,
      personIdsInReport: linking.personIds,
      linkPerson: linking.link,
      unlinkPerson: linking.unlink,
    }),
    [checks, saver, timings, linking],
  );

  const onSubmit = methods.handleSubmit(submit.submit, () => {
    checks.markAttempted();
    recheck(methods.getValues());
    setSummaryRequests((n) => n + 1);
  });

  return (
    <IntakeContext.Provider value={context}>
      <FormProvider {...methods}>
        <PeopleDirectoryProvider>
          <LiveChecks recheck={recheck} />
          <div className="grid-row grid-gap-4">
            <div className="desktop:grid-col-3 intake-aside">
              <SectionNav reportNumber={reportNumber} />
            </div>
            <div className="desktop:grid-col-9">
              {start.notice && <RestoredNotice notice={start.notice} />}
              <ConflictPanel reset={(values) => methods.reset(values)} />
              <ErrorSummary ref={summaryRef} error={submit.error} getValues={() => methods.getValues()} />
              <form
                className="usa-form intake-form"
                noValidate
                onSubmit={onSubmit}
                onBlur={() => saver.blurred()}
                onKeyDown={noImplicitSubmit}
                aria-label="Access report"
              >
                <ReceivedSection countyName={countyName} />
                <ReporterSection />
                <IncidentSection />
                <PeopleSection />
                <HouseholdRelationshipsSection />
                <AllegationsSection />
                <SafetySection />
                <TraffickingIdentifiersSection />
                <PoliceAndTribeSection
                  notifications={notifications}
                  onRecorded={(report) => {
                    saver.adopt(report);
                    notificationsFrom(report);
                  }}
                />
                <NarrativeSection />
                <RecommendationSection />
                <div className="intake-submit">
                  <p className="usa-hint">
                    Submitting sends the report to your supervisor for the screening decision. It can no longer be
                    edited after that.
                  </p>
                  <button
                    type="submit"
                    className="usa-button usa-button--big"
                    disabled={submit.submitting}
                    aria-describedby={submit.submitting ? 'submit-progress' : undefined}
                  >
                    {submit.submitting ? 'Submitting…' : 'Submit to supervisor'}
                  </button>
                  <span id="submit-progress" className="usa-sr-only" role="status">
                    {submit.submitting ? 'Submitting the report' : ''}
                  </span>
                </div>
              </form>
              {/* Outside the form: its dialogs hold forms of their own. */}
              {onHandedOver && (
                <DraftHandover
                  saver={saver}
                  user={user}
                  holderId={start.assigneeId === undefined ? user.id : start.assigneeId}
                  getValues={() => methods.getValues()}
                  onHandedOver={onHandedOver}
                />
              )}
            </div>
          </div>
        </PeopleDirectoryProvider>
      </FormProvider>
    </IntakeContext.Provider>
  );
}
