import type { z } from 'zod';
import type { Clocks } from '../clocks/clocks';
import type { ResponseClock } from '../clocks/response';
import { draft } from '../testing/draft-builder';
import {
  accessReportSchema,
  clocksSchema,
  reportComputedSchema,
  reportSummarySchema,
  responseClockSchema,
} from './access-report.response';
import { computeReport, type ReportComputed } from './compute';

// The response schemas and the types the rules compute agree, both ways: a change to one that the
// other does not follow fails the type-check (these assignments) or these tests.
const clocksBothWays: [Clocks, z.infer<typeof clocksSchema>] = [{} as z.infer<typeof clocksSchema>, {} as Clocks];
const responseBothWays: [ResponseClock, z.infer<typeof responseClockSchema>] = [
  {} as z.infer<typeof responseClockSchema>,
  {} as ResponseClock,
];
const computedBothWays: [ReportComputed, z.infer<typeof reportComputedSchema>] = [
  {} as z.infer<typeof reportComputedSchema>,
  {} as ReportComputed,
];

const holidays = ['2018-01-01'];
const now = new Date('2018-03-06T16:00:00.000Z');

test('what computeReport gives is what the response schema names', () => {
  expect(clocksBothWays).toHaveLength(2);
  expect(responseBothWays).toHaveLength(2);
  expect(computedBothWays).toHaveLength(2);
  const computed = computeReport({ ...draft(), status: 'DRAFT' }, { holidays, now });
  expect(reportComputedSchema.strict().parse(computed)).toEqual(computed);
  const warned = computeReport({ ...draft({ narrative: 'a child prostitute' }), status: 'DRAFT' }, { holidays, now });
  expect(reportComputedSchema.parse(warned).languageWarnings).toHaveLength(1);
});

test('a report with nulls where the API writes them parses; an array for presentDangerThreat does not', () => {
  const computed = computeReport({ ...draft(), status: 'DRAFT' }, { holidays, now });
  const report = {
    id: 'r1',
    reportNumber: '2018-079-00001',
    countyCode: '55079',
    receivedAt: null,
    reporter: {
      type: null,
      name: null,
      phone: null,
      anonymous: false,
      relationshipToChild: null,
      mandatedReporter: null,
    },
    incident: {
      occurredOn: null,
      occurredOnIsApproximate: false,
      locationType: null,
      address: null,
      description: null,
    },
    workerSafetyConcerns: { present: null, description: null },
    narrative: null,
    presentDangerThreat: null,
    persons: [],
    indicators: [],
    allegations: [],
    relationships: [],
    identifiers: [],
    recommendation: null,
    status: 'DRAFT',
    version: 1,
    createdBy: { id: 'u1', name: 'Alex Rivera' },
    createdAt: '2018-03-02T15:04:05.000Z',
    updatedAt: '2018-03-02T15:04:05.000Z',
    updatedBy: null,
    submittedAt: null,
    screening: { recommendation: null, decision: null },
    lawEnforcementNotifications: [],
    tribalNotifications: [],
    contacts: [],
    assignedTo: null,
    initialAssessmentWorker: null,
    duplicateOf: null,
    duplicates: [],
    transfers: [],
    discarded: null,
    computed,
  };
  expect(accessReportSchema.safeParse(report).success).toBe(true);
  expect(accessReportSchema.safeParse({ ...report, presentDangerThreat: [false] }).success).toBe(false);
  expect(accessReportSchema.safeParse({ ...report, receivedAt: '2018-03-02' }).success).toBe(false);
  const { violations: _v, languageWarnings: _l, ...clocks } = computed;
  const summary = reportSummarySchema.safeParse({
    ...report,
    reporterType: null,
    children: [],
    allegationCount: 0,
    decision: null,
    computed: clocks,
  });
  expect(summary.success).toBe(true);
});
