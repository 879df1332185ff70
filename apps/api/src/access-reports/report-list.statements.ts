import type { ReportListSort } from '@cps/domain';
import { raw, type Sql, sql } from '../common/sql';
import { tribeDue } from '../statistics/clock.sql';
import { DOCUMENT } from './report-read.statements';

/**
 * The filters of a list: a county's reports, of one status (without one: all but the discarded),
 * received in [from, to); optionally only those matching a search (`q`), assigned to one user, or
 * with a running clock as of `now`.
 */
export type ListFilter = {
  countyCode: string;
  status: string | null;
  from: Date | null;
  to: Date | null;
  q?: string | null;
  /** Only the reports this user is answerable for (their assignee). */
  assignedToId?: string | null;
  openClock?: boolean;
  now?: Date;
};

/** A whole report number (`YYYY-CCC-NNNNN`, formatReportNumber's shape). */
const WHOLE_NUMBER = /^\d{4}-\d{3}-\d{5,}$/;

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A report number containing the search, or one person of the report whose names hold every word
 * of it. Written as the ids of the matching reports, each side able to start from its trigram
 * index (the number; a name holding the longest word), so a search reads the matches, not every
 * report of the county.
 */
const matches = (q: string | null) => {
  const words = q
    ? q
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(containing)
    : [];
  // The index starts from the longest word (the fewest names hold it). The schema trims q and
  // makes a blank one absent: a q given has a word.
  const first = words.reduce<string | null>((a, w) => (a === null || w.length > a.length ? w : a), null);
  // A whole report number, as read out on the phone, is that report, found by the unique index
  // (its trigrams are those of every number of the county and year: slow in the trigram index).
  const whole = q && WHOLE_NUMBER.test(q) ? q : null;
  // = ANY(ARRAY(...)): the matches are found once and looked up by id; as `IN (...)` the planner
  // guessed too few and scanned every report against them.
  return sql`(${q}::text IS NULL OR r.id = ANY(ARRAY(
      SELECT n.id FROM access_reports n WHERE n.report_number = ${whole}::text
      UNION ALL
      SELECT n.id FROM access_reports n
      WHERE ${whole}::text IS NULL AND n.report_number ILIKE ${q ? containing(q) : null}::text
      UNION ALL
      SELECT rp.report_id FROM report_persons rp
      WHERE ${whole}::text IS NULL AND (rp.first_name ILIKE ${first}::text OR rp.last_name ILIKE ${first}::text) AND NOT EXISTS (
        SELECT 1 FROM unnest(${words}::text[]) w
        WHERE NOT (coalesce(rp.first_name, '') ILIKE w OR coalesce(rp.last_name, '') ILIKE w)))))`;
};

const listWhere = (f: ListFilter) => sql`r.county_code = ${f.countyCode}::text
    AND (r.status = ${f.status}::"ReportStatus" OR (${f.status}::"ReportStatus" IS NULL AND r.status <> 'DISCARDED'))
    AND (${f.assignedToId ?? null}::uuid IS NULL OR r.assigned_to_id = ${f.assignedToId ?? null}::uuid)
    AND (${f.from?.toISOString() ?? null}::timestamptz IS NULL OR r.received_at >= ${f.from?.toISOString() ?? null}::timestamptz)
    AND (${f.to?.toISOString() ?? null}::timestamptz IS NULL OR r.received_at < ${f.to?.toISOString() ?? null}::timestamptz)
    AND ${matches(f.q ?? null)}`;

/** A clock's status as clockStatus gives it; a required clock without a due time (no received time yet) is PENDING. */
const status = (clock: string) => `CASE WHEN NOT ${clock}_required THEN 'NOT_REQUIRED'
      WHEN ${clock}_due IS NULL THEN 'PENDING'
      WHEN ${clock}_first IS NOT NULL THEN CASE WHEN ${clock}_first <= ${clock}_due THEN 'ON_TIME' ELSE 'LATE' END
      WHEN now_at <= ${clock}_due THEN 'PENDING' ELSE 'OVERDUE' END`;

/** The clocks that count as running for `openClock` and `sort=urgency`: PENDING or OVERDUE. */
const RUNNING_CLOCKS = ['le', 'tribe', 'response'] as const;
const running = (clock: string) => `s.${clock}_status IN ('PENDING', 'OVERDUE')`;
const ANY_RUNNING = raw(`(${RUNNING_CLOCKS.map(running).join(' OR ')})`);
const NEXT_DUE = raw(`LEAST(${RUNNING_CLOCKS.map((c) => `CASE WHEN ${running(c)} THEN s.${c}_due END`).join(', ')})`);

/**
 * With `openClock`, only the reports whose clocks may be running: a clock runs (PENDING or OVERDUE)
 * only while it applies and is not met, or has no due time yet (no received time; no response
 * time). The conditions of `statuses` below without the moment of reading; `openOnly` still decides.
 */
const mayRun = (f: ListFilter) => sql`(NOT ${f.openClock ?? false}::boolean OR c.received_at IS NULL
    OR (c.le_required AND c.le_first_at IS NULL) OR (c.tribe_required AND c.tribe_first_at IS NULL)
    OR (c.status = 'SCREENED_IN' AND (c.response_time IS NULL OR c.child_seen_at IS NULL)))`;

/**
 * The listed reports with each clock's due time and status as of `now`, in the CTE `statuses`
 * (alias s). The facts and due times come from report_compliance (one row per report, kept by
 * triggers in the same transaction as every change; the LE-12H and RESPONSE-TIME due times by the
 * holidays as they are now, held equal to the domain's clocks by compliance-clock.api.test.ts), so no
 * business day is walked here.
 */
const withClocks = (f: ListFilter) => sql`WITH clocks AS MATERIALIZED (
    SELECT r.id, r.present_danger_threat, r.received_at, r.created_at, ${(f.now ?? new Date()).toISOString()}::timestamptz AS now_at,
      c.le_required, CASE WHEN c.received_at IS NOT NULL THEN c.le_due_at END AS le_due, c.le_first_at AS le_first,
      c.tribe_required, ${raw(tribeDue('c.received_at'))} AS tribe_due, c.tribe_first_at AS tribe_first,
      c.status = 'SCREENED_IN' AS response_required, c.response_due_at AS response_due,
      -- RESPONSE-TIME: the earliest completed contact with a child named in an allegation of the report
      c.child_seen_at AS response_first
    FROM access_reports r JOIN report_compliance c ON c.report_id = r.id
    -- the county on both sides: the planner may start from either table's county index
    WHERE ${listWhere(f)} AND c.county_code = ${f.countyCode}::text AND ${mayRun(f)}
  ),
  statuses AS (
    SELECT id, present_danger_threat, received_at, created_at, le_due, ${raw(status('le'))} AS le_status, tribe_due, ${raw(status('tribe'))} AS tribe_status,
      response_due, ${raw(status('response'))} AS response_status
    FROM clocks
  )`;

const openOnly = (f: ListFilter) => sql`(NOT ${f.openClock ?? false}::boolean OR ${ANY_RUNNING})`;

/** The order of a list, over the rows `a` (the reports, or the statuses that carry what it needs). */
const orderBy = (sort: ReportListSort, a: 'r' | 's'): Sql =>
  sort === 'newest'
    ? // Not yet received first of all: a draft being typed is the newest work.
      raw(`${a}.received_at DESC NULLS FIRST, ${a}.created_at DESC`)
    : // Present danger, then any running clock by its earliest due time (one without a due time yet
      // after those with one), then the earliest received.
      raw(`${a}.present_danger_threat IS TRUE DESC, ${ANY_RUNNING.text} DESC, ${NEXT_DUE.text} ASC NULLS LAST,
    ${a}.received_at ASC NULLS LAST, ${a}.created_at ASC, ${a}.id ASC`);

export type ListedRow = {
  document: string;
  leStatus: string;
  leDue: Date | null;
  tribeStatus: string;
  tribeDue: Date | null;
  responseStatus: string;
  responseDue: Date | null;
};

/**
 * One page of a list in the order asked, with the clocks as SQL computed them. The page is chosen
 * from the statuses alone (they carry what the order needs); only its reports are read in full.
 */
export function listStatement(f: ListFilter, sort: ReportListSort, page: { offset: number; limit: number }): Sql {
  return sql`${withClocks(f)},
    page AS (
      SELECT s.* FROM statuses s WHERE ${openOnly(f)}
      ORDER BY ${orderBy(sort, 's')}
      LIMIT ${page.limit}::int OFFSET ${page.offset}::bigint
    )
    SELECT ${DOCUMENT} AS document, s.le_status AS "leStatus", s.le_due AS "leDue",
      s.tribe_status AS "tribeStatus", s.tribe_due AS "tribeDue",
      s.response_status AS "responseStatus", s.response_due AS "responseDue"
    FROM page s JOIN access_reports r ON r.id = s.id
    ORDER BY ${orderBy(sort, 's')}`;
}

export function countStatement(f: ListFilter): Sql {
  return sql`${withClocks(f)} SELECT count(*)::int AS total FROM statuses s WHERE ${openOnly(f)}`;
}

/**
 * The plain list (newest first, no clock filter): no clocks to work out, so none of the calendar
 * above. The supervisor's decision list and My reports ask this one most.
 */
export function plainListStatement(f: ListFilter, page: { offset: number; limit: number }): Sql {
  return sql`SELECT ${DOCUMENT} AS document FROM access_reports r WHERE ${listWhere(f)}
    ORDER BY ${orderBy('newest', 'r')}
    LIMIT ${page.limit}::int OFFSET ${page.offset}::bigint`;
}

export function plainCountStatement(f: ListFilter): Sql {
  return sql`SELECT count(*)::int AS total FROM access_reports r WHERE ${listWhere(f)}`;
}
