import {
  type ClockCounts,
  type ClockStatus,
  type ComplianceFigures,
  type ComplianceReport,
  chicagoDate,
  computeClocks,
  initialAssessmentDueOn,
  missingClocks,
  responseClock,
  todayInChicago,
} from '@cps/domain';
import type { PrismaClient } from '../../generated/prisma/client';

// The compliance report worked out the slow, obvious way, for tests: every report of the period read
// from the base tables (never report_compliance), each clock by the domain's own functions, counted
// in TypeScript. The endpoint must give the same numbers.

type Status = Exclude<ClockStatus, 'NOT_REQUIRED'> | null;

const blank = (): ClockCounts => ({ required: 0, onTime: 0, late: 0, overdue: 0, pending: 0 });
const key = { ON_TIME: 'onTime', LATE: 'late', OVERDUE: 'overdue', PENDING: 'pending' } as const;

function add(counts: ClockCounts, status: Status): void {
  if (status === null) return;
  counts.required += 1;
  counts[key[status]] += 1;
}

/** PostgreSQL's percentile_cont: linear interpolation between the closest ranks. */
export function percentileCont(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const at = p * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (at - lo);
}

type Facts = {
  countyCode: string;
  le: Status;
  tribe: Status;
  ia: Status;
  resp: Status;
  respAtt: Status;
  decisionHours: number | null;
};
type EpisodeFacts = { countyCode: string; police: Status; ncmec: Status };

function figures(facts: Facts[], episodes: EpisodeFacts[]): ComplianceFigures {
  const f: ComplianceFigures = {
    reports: facts.length,
    lawEnforcement: blank(),
    tribalNotification: blank(),
    initialAssessment: blank(),
    response: blank(),
    responseSeenOrAttempted: blank(),
    missingEpisodes: episodes.length,
    missingLawEnforcement: blank(),
    missingNcmec: blank(),
    timeToDecision: { decided: 0, medianHours: null, p90Hours: null },
  };
  for (const e of episodes) {
    add(f.missingLawEnforcement, e.police);
    add(f.missingNcmec, e.ncmec);
  }
  const hours: number[] = [];
  for (const x of facts) {
    add(f.lawEnforcement, x.le);
    add(f.tribalNotification, x.tribe);
    add(f.initialAssessment, x.ia);
    add(f.response, x.resp);
    add(f.responseSeenOrAttempted, x.respAtt);
    if (x.decisionHours !== null) hours.push(x.decisionHours);
  }
  f.timeToDecision = {
    decided: hours.length,
    medianHours: percentileCont(hours, 0.5),
    p90Hours: percentileCont(hours, 0.9),
  };
  return f;
}

const required = (s: ClockStatus): Status => (s === 'NOT_REQUIRED' ? null : s);

/** The report's `counties` and `total` for the period and scope, as of `now`, from the base tables. */
export async function complianceFromBaseTables(
  prisma: PrismaClient,
  period: { from: string; to: string },
  countyCode: string | null,
  now: Date,
): Promise<Pick<ComplianceReport, 'counties' | 'total'>> {
  const holidays = (await prisma.holiday.findMany()).map((h) => h.date.toISOString().slice(0, 10));
  const reports = await prisma.accessReport.findMany({
    where: { receivedAt: { not: null }, status: { not: 'DISCARDED' }, ...(countyCode ? { countyCode } : {}) },
    include: {
      persons: true,
      allegations: { include: { finding: true } },
      lawEnforcementNotifications: true,
      tribalNotifications: true,
      decision: true,
      contacts: true,
    },
  });
  const today = todayInChicago(now);
  const facts: Facts[] = reports
    .filter((r) => {
      const on = chicagoDate(r.receivedAt!);
      return on >= period.from && on <= period.to;
    })
    .map((r) => {
      const clocks = computeClocks(
        {
          status: r.status,
          receivedAt: r.receivedAt,
          persons: r.persons,
          allegations: r.allegations.map((a) => ({ ...a, hasFinding: a.finding !== null })),
          lawEnforcementNotifications: r.lawEnforcementNotifications,
          tribalNotifications: r.tribalNotifications,
        },
        holidays,
        now,
      );
      // IA-60D as the report counts it: screened in; done when every allegation has a finding.
      let ia: Status = null;
      if (r.status === 'SCREENED_IN') {
        const dueOn = initialAssessmentDueOn(r.receivedAt!);
        const found = r.allegations.map((a) => a.finding);
        if (found.every((x) => x !== null)) {
          const last = found
            .map((x) => chicagoDate(x!.recordedAt))
            .sort()
            .at(-1);
          ia = last === undefined || last <= dueOn ? 'ON_TIME' : 'LATE';
        } else ia = today > dueOn ? 'OVERDUE' : 'PENDING';
      }
      const response = responseClock(
        {
          status: r.status,
          receivedAt: r.receivedAt,
          responseTime: r.decision?.decision === 'SCREEN_IN' ? r.decision.responseTime : null,
          persons: r.persons.map((p) => ({ key: p.key, personId: p.personId })),
          allegations: r.allegations.map((a) => ({ childKey: r.persons.find((p) => p.personId === a.childId)?.key })),
          contacts: r.contacts,
        },
        holidays,
        now,
      );
      return {
        countyCode: r.countyCode,
        resp: required(response.responseStatus),
        respAtt: required(response.responseAttemptStatus),
        le: required(clocks.lawEnforcementStatus),
        tribe: required(clocks.tribalNotificationStatus),
        ia,
        decisionHours: r.decision ? (r.decision.decidedAt.getTime() - r.receivedAt!.getTime()) / 3_600_000 : null,
      };
    });
  const episodes: EpisodeFacts[] = (await prisma.missingEpisode.findMany({ where: countyCode ? { countyCode } : {} }))
    .filter((e) => chicagoDate(e.learnedAt) >= period.from && chicagoDate(e.learnedAt) <= period.to)
    .map((e) => {
      const c = missingClocks(e, now);
      return { countyCode: e.countyCode, police: required(c.policeStatus), ncmec: required(c.ncmecStatus) };
    });
  const counties = (await prisma.county.findMany({ where: countyCode ? { code: countyCode } : {} }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-US'))
    .map((c) => ({
      countyCode: c.code,
      countyName: c.name,
      region: c.region,
      ...figures(
        facts.filter((x) => x.countyCode === c.code),
        episodes.filter((x) => x.countyCode === c.code),
      ),
    }));
  return { counties, total: figures(facts, episodes) };
}

/**
 * `actual` with each decision-time figure (medianHours, p90Hours) that is within a millionth of an
 * hour of `expected`'s at the same place replaced by `expected`'s, so that `toEqual` compares the
 * rest exactly and shows a real difference as it is: PostgreSQL's and JavaScript's last bits of a
 * float may differ, and rounding both to a grid still parts two values that straddle one of its
 * edges (41525.628672 against 41525.628671 was seen).
 */
export function alignHours<T>(actual: T, expected: unknown): T {
  const align = (a: unknown, e: unknown, key: string): unknown => {
    if ((key === 'medianHours' || key === 'p90Hours') && typeof a === 'number' && typeof e === 'number')
      return Math.abs(a - e) < 1e-6 ? e : a;
    if (Array.isArray(a) && Array.isArray(e)) return a.map((x, i) => align(x, e[i], String(i)));
    if (a && e && typeof a === 'object' && typeof e === 'object' && !Array.isArray(a))
      return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, align(v, (e as Record<string, unknown>)[k], k)]));
    return a;
  };
  return align(actual, expected, '') as T;
}
