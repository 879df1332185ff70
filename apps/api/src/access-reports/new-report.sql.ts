import crypto from 'node:crypto';
import { chicagoYear, type Draft, nameKey } from '@cps/domain';
import type { SessionUser } from '../common/auth.decorators';
import { type Query, sql } from '../common/sql';
import { toDateOnly } from '../users/user.mapper';
import { detailsOf, NO_DETAILS, reportColumns } from './draft.writer';
import type { ReportRow } from './report.include';
import { reportNumberPrefix } from './report-number.sql';

// A new report whose people are all new (the usual call) is written in ONE statement: the report,
// its people, their roles, allegations, maltreaters, indicators, recommendation and audit event,
// as data-modifying CTEs, ids made here. It answers with the holiday calendar, so the response is
// built without reading the report back. A draft that links people found by search takes the
// general path (draft.writer.ts), which copies what it may of their earlier records.
// The report number is taken from its county's counter in the same statement (report-number.sql.ts).

export function isAllNew(draft: Draft): boolean {
  return draft.persons.every((p) => !p.personId);
}

/** The report as the statement writes it, all but its number, which the statement gives. */
export type NewReportRow = Omit<ReportRow, 'reportNumber'>;

/** The rows the statement writes, as the mapper reads them back (with the number the statement answers). */
export function newReportRow(draft: Draft, user: SessionUser, now: Date): NewReportRow {
  const reportId = crypto.randomUUID();
  const personId = new Map(draft.persons.map((p) => [p.key, crypto.randomUUID()]));
  const id = (key: string) => personId.get(key)!;
  const r = draft.recommendation;
  return {
    id: reportId,
    ...reportColumns(draft),
    status: 'DRAFT',
    version: 1,
    createdById: user.id,
    createdAt: now,
    updatedAt: now,
    submittedAt: null,
    createdBy: { id: user.id, name: user.name },
    persons: draft.persons.map((p, position) => ({
      reportId,
      personId: id(p.key),
      key: p.key,
      roles: p.roles,
      ...detailsOf(p, NO_DETAILS),
      approximateAge: p.approximateAge ?? null,
      position,
    })),
    indicators: draft.indicators.map((i) => ({ reportId, childId: id(i.childKey), code: i.code })),
    allegations: draft.allegations.map((a, position) => {
      const allegationId = crypto.randomUUID();
      return {
        id: allegationId,
        reportId,
        key: a.key,
        childId: a.childKey ? id(a.childKey) : null,
        maltreatmentType: a.maltreatmentType ?? null,
        descriptors: a.descriptors,
        maltreaterRelationship: a.maltreaterRelationship ?? null,
        position,
        maltreaters: a.maltreaterKeys.map((k) => ({ allegationId, personId: id(k) })),
        finding: null,
      };
    }),
    recommendation: r
      ? {
          reportId,
          decision: r.decision ?? null,
          screenOutReason: r.screenOutReason ?? null,
          responseTime: r.responseTime ?? null,
          rationale: r.rationale ?? null,
          recommendedById: null,
          recommendedAt: null,
          recommendedBy: null,
        }
      : null,
    decision: null,
    lawEnforcementNotifications: [],
    tribalNotifications: [],
  };
}

/** The statement that writes `row` (from newReportRow), its number and its audit event; it returns the number and the holiday calendar. */
export function newReportStatement(row: NewReportRow, ip: string | undefined): Query {
  const year = chicagoYear(row.createdAt);
  const payload = JSON.stringify({
    report: {
      id: row.id,
      countyCode: row.countyCode,
      receivedAt: row.receivedAt?.toISOString() ?? null,
      reporterType: row.reporterType,
      reporterName: row.reporterName,
      reporterPhone: row.reporterPhone,
      reporterAnonymous: row.reporterAnonymous,
      narrative: row.narrative,
      presentDangerThreat: row.presentDangerThreat,
      createdById: row.createdById,
      createdAt: row.createdAt.toISOString(),
      indicators: row.indicators,
      recommendation: row.recommendation && { ...row.recommendation, recommendedBy: undefined },
    },
    // The registry gets the identifying basics; the report keeps everything it recorded.
    persons: row.persons.map((p) => ({
      id: p.personId,
      firstName: p.firstName,
      lastName: p.lastName,
      firstNameKey: nameKey(p.firstName),
      lastNameKey: nameKey(p.lastName),
      dateOfBirth: toDateOnly(p.dateOfBirth),
      gender: p.gender,
      createdAt: row.createdAt.toISOString(),
    })),
    roles: row.persons.map((p) => ({ ...p, dateOfBirth: toDateOnly(p.dateOfBirth) })),
    allegations: row.allegations.map(({ maltreaters: _m, finding: _f, ...a }) => a),
    maltreaters: row.allegations.flatMap((a) => a.maltreaters),
    // The counter is per county and Chicago year of creation (created_at, not receivedAt).
    number: { countyCode: row.countyCode, year, prefix: reportNumberPrefix(row.countyCode, year) },
    audit: { userId: row.createdById, ip: ip ?? null },
  });
  return sql`
    WITH j AS (SELECT ${payload}::jsonb AS v),
    number AS (
      INSERT INTO report_number_counters AS c (county_code, year, last)
      SELECT j.v->'number'->>'countyCode', (j.v->'number'->>'year')::smallint, 1 FROM j
      ON CONFLICT (county_code, year) DO UPDATE SET last = c.last + 1
      RETURNING last
    ),
    report AS (
      INSERT INTO access_reports (id, report_number, county_code, received_at, reporter_type, reporter_name, reporter_phone, reporter_anonymous,
                                  narrative, present_danger_threat, status, version, created_by_id, created_at, updated_at)
      SELECT r.id, (j.v->'number'->>'prefix') || lpad(number.last::text, greatest(5, length(number.last::text)), '0'),
             r."countyCode", r."receivedAt", r."reporterType"::"ReporterType", r."reporterName", r."reporterPhone",
             r."reporterAnonymous", r.narrative, r."presentDangerThreat", 'DRAFT', 1, r."createdById", r."createdAt", r."createdAt"
      FROM j, number, jsonb_to_record(j.v->'report') AS r(id uuid, "countyCode" text, "receivedAt" timestamptz, "reporterType" text,
        "reporterName" text, "reporterPhone" text, "reporterAnonymous" boolean, narrative text, "presentDangerThreat" boolean,
        "createdById" uuid, "createdAt" timestamptz)
      RETURNING report_number
    ),
    people AS (
      INSERT INTO persons (id, first_name, last_name, first_name_key, last_name_key, date_of_birth, gender, created_at, updated_at)
      SELECT p.id, p."firstName", p."lastName", p."firstNameKey", p."lastNameKey", p."dateOfBirth", p.gender::"Gender", p."createdAt", p."createdAt"
      FROM j, jsonb_to_recordset(j.v->'persons') AS p(id uuid, "firstName" text, "lastName" text, "firstNameKey" text,
        "lastNameKey" text, "dateOfBirth" date, gender text, "createdAt" timestamptz)
    ),
    roles AS (
      INSERT INTO report_persons (report_id, person_id, key, roles, first_name, last_name, date_of_birth, approximate_age, gender,
                                  hispanic_ethnicity, primary_race, indian_child, tribe, position)
      SELECT x."reportId", x."personId", x.key, ARRAY(SELECT jsonb_array_elements_text(x.roles))::"PersonRole"[],
             x."firstName", x."lastName", x."dateOfBirth", x."approximateAge", x.gender::"Gender",
             x."hispanicEthnicity"::"HispanicEthnicity", x."primaryRace"::"PrimaryRace", x."indianChild"::"IndianChild", x.tribe, x.position
      FROM j, jsonb_to_recordset(j.v->'roles') AS x("reportId" uuid, "personId" uuid, key text, roles jsonb, "firstName" text,
        "lastName" text, "dateOfBirth" date, "approximateAge" smallint, gender text, "hispanicEthnicity" text, "primaryRace" text,
        "indianChild" text, tribe text, position smallint)
    ),
    indicators AS (
      INSERT INTO report_indicators (report_id, child_id, code)
      SELECT i."reportId", i."childId", i.code::"TraffickingIndicator"
      FROM j, jsonb_to_recordset(j.v->'report'->'indicators') AS i("reportId" uuid, "childId" uuid, code text)
    ),
    allegations AS (
      INSERT INTO allegations (id, report_id, key, child_id, maltreatment_type, descriptors, maltreater_relationship, position)
      SELECT a.id, a."reportId", a.key, a."childId", a."maltreatmentType"::"MaltreatmentType",
             ARRAY(SELECT jsonb_array_elements_text(a.descriptors))::"Descriptor"[], a."maltreaterRelationship"::"MaltreaterRelationship", a.position
      FROM j, jsonb_to_recordset(j.v->'allegations') AS a(id uuid, "reportId" uuid, key text, "childId" uuid, "maltreatmentType" text,
        descriptors jsonb, "maltreaterRelationship" text, position smallint)
    ),
    maltreaters AS (
      INSERT INTO allegation_maltreaters (allegation_id, person_id)
      SELECT m."allegationId", m."personId" FROM j, jsonb_to_recordset(j.v->'maltreaters') AS m("allegationId" uuid, "personId" uuid)
    ),
    recommendation AS (
      INSERT INTO screening_recommendations (report_id, decision, screen_out_reason, response_time, rationale)
      SELECT s."reportId", s.decision::"ScreeningChoice", s."screenOutReason"::"ScreenOutReason", s."responseTime"::"ResponseTime", s.rationale
      FROM j, jsonb_to_record(j.v->'report'->'recommendation') AS s("reportId" uuid, decision text, "screenOutReason" text, "responseTime" text, rationale text)
      WHERE jsonb_typeof(j.v->'report'->'recommendation') = 'object'
    ),
    audit AS (
      INSERT INTO audit_events (at, user_id, action, entity_type, entity_id, report_id, ip)
      SELECT (j.v->'report'->>'createdAt')::timestamptz, (j.v->'audit'->>'userId')::uuid, 'report.created', 'AccessReport', j.v->'report'->>'id', (j.v->'report'->>'id')::uuid, j.v->'audit'->>'ip'
      FROM j
    )
    SELECT (SELECT report_number FROM report) AS "reportNumber",
           coalesce((SELECT array_agg(to_char(date, 'YYYY-MM-DD') ORDER BY date) FROM holidays), '{}') AS holidays`;
}
