import { isReportNumber, type ReportListSort } from '@cps/domain';
import { join, raw, type Sql, sql } from '../common/sql';
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

/** `%text%` for ILIKE, with the pattern characters of the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * A report number containing the search, or one person of the report whose names hold every word
 * of it. Written as the ids of the matching reports, each side able to start from its trigram
 * index (the number; the names holding the words, in the county: report_persons carries its
 * report's county and the names' indexes start with it), so a search reads the county's matches,
 * not every report of the county nor every person of that name in the state.
 */
const matches = (q: string, countyCode: string) => {
  // A whole report number, as read out on the phone, is that report, found by the unique index
  // (its trigrams are those of every number of the county and year: slow in the trigram index).
  if (isReportNumber(q)) return sql`r.report_number = ${q}::text`;
  // The schema trims q and makes a blank one absent: a q given has a word.
  const words = q.split(/[\s,]+/).filter(Boolean);
  const longest = words.reduce((a, w) => (w.length > a.length ? w : a), '');
  // Each word in the first or last name of the same person. The longest word, and any of three
  // letters or more (a shorter one has no trigram), is written on the name columns themselves, so
  // that the trigram indexes apply and the planner can intersect their matches ("Zoe Wilson": the
  // persons holding both, not every Wilson read and checked for Zoe: 3.4 against 12.6 ms here);
  // a shorter word is checked on the names found.
  const everyWord = words.map((w) =>
    w === longest || w.length >= 3
      ? sql`(rp.first_name ILIKE ${containing(w)}::text OR rp.last_name ILIKE ${containing(w)}::text)`
      : sql`(coalesce(rp.first_name, '') ILIKE ${containing(w)}::text OR coalesce(rp.last_name, '') ILIKE ${containing(w)}::text)`,
  );
  // = ANY(ARRAY(...)): the matches are found once and looked up by id; as `IN (...)` the planner
  // guessed too few and scanned every report against them.
  return sql`r.id = ANY(ARRAY(
      SELECT n.id FROM access_reports n WHERE n.report_number ILIKE ${containing(q)}::text
      UNION ALL
      SELECT rp.report_id FROM report_persons rp
      WHERE rp.county_code = ${countyCode}::bpchar AND ${join(everyWord, ' AND ')}))`;
};

/**
 * The filters on the columns access_reports (`r`) and report_compliance (`c`) share: the county, the
 * status (without one: all but the discarded) and the time received. Only the filters asked for are
 * written (no `$n IS NULL OR …`), so the planner estimates each list by what it filters; the county
 * as the column's type (char(5)), so that the county indexes apply.
 */
const sharedWhere = (f: ListFilter, a: 'r' | 'c'): Sql[] => [
  sql`${raw(a)}.county_code = ${f.countyCode}::bpchar`,
  f.status ? sql`${raw(a)}.status = ${f.status}::"ReportStatus"` : raw(`${a}.status <> 'DISCARDED'`),
  ...(f.from ? [sql`${raw(a)}.received_at >= ${f.from.toISOString()}::timestamptz`] : []),
  ...(f.to ? [sql`${raw(a)}.received_at < ${f.to.toISOString()}::timestamptz`] : []),
];

/** The filters only access_reports has: the assignee and the search. */
const reportWhere = (f: ListFilter): Sql[] => [
  ...(f.assignedToId ? [sql`r.assigned_to_id = ${f.assignedToId}::uuid`] : []),
  ...(f.q ? [matches(f.q, f.countyCode)] : []),
];

/** A clock's status as clockStatus gives it; a required clock without a due time (no received time yet) is PENDING. */
const status = (clock: string) => `CASE WHEN NOT ${clock}_required THEN 'NOT_REQUIRED'
      WHEN ${clock}_due IS NULL THEN 'PENDING'
      WHEN ${clock}_first IS NOT NULL THEN CASE WHEN ${clock}_first <= ${clock}_due THEN 'ON_TIME' ELSE 'LATE' END
      WHEN now_at <= ${clock}_due THEN 'PENDING' ELSE 'OVERDUE' END`;

/**
 * The order of a list. Newest: not yet received first of all (a draft being typed is the newest
 * work). Urgency: present danger, then the reports with a running clock by its earliest due time
 * (one without a due time yet after those with one), then the earliest received. Over
 * report_compliance's columns (`c`, or the page `p` that carries them): whether a clock runs and its
 * earliest due time do not depend on the moment of reading, so they are stored there, and with
 * `openClock` the order is report_compliance_queue_idx's.
 */
const orderBy = (sort: ReportListSort, a: 'c' | 'p', openClock: boolean): Sql =>
  sort === 'newest'
    ? raw(`${a}.received_at DESC NULLS FIRST, ${a}.report_created_at DESC`)
    : raw(`${a}.present_danger DESC, ${openClock ? '' : `${a}.clock_running DESC, `}${a}.next_due_at ASC NULLS LAST,
    ${a}.received_at ASC NULLS LAST, ${a}.report_created_at ASC, ${a}.report_id ASC`);

/**
 * The reports of a list as report_compliance rows (`c`), joined to access_reports only for a filter
 * that needs it; with `openClock`, only those with a running clock (a clock PENDING or OVERDUE at
 * any moment: it applies and is not met, or has no due time yet).
 */
const listed = (f: ListFilter): Sql => {
  const report = reportWhere(f);
  const where = [...sharedWhere(f, 'c'), ...(f.openClock ? [raw('c.clock_running')] : []), ...report];
  return sql`report_compliance c${report.length ? raw(' JOIN access_reports r ON r.id = c.report_id') : raw('')}
    WHERE ${join(where, ' AND ')}`;
};

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
 * One page of a list in the order asked, with each clock's due time and status as of `now`. The page
 * is chosen from report_compliance alone (one row per report, kept by triggers in the same
 * transaction as every change; the LE-12H and RESPONSE-TIME due times by the holidays as they are
 * now, held equal to the domain's clocks by compliance-clock.api.test.ts), so no business day is
 * walked here; only the page's reports are read in full.
 */
export function listStatement(f: ListFilter, sort: ReportListSort, page: { offset: number; limit: number }): Sql {
  const openClock = f.openClock ?? false;
  return sql`WITH page AS (
      SELECT c.report_id, c.present_danger, c.clock_running, c.next_due_at, c.received_at, c.report_created_at,
        ${(f.now ?? new Date()).toISOString()}::timestamptz AS now_at,
        c.le_required, CASE WHEN c.received_at IS NOT NULL THEN c.le_due_at END AS le_due, c.le_first_at AS le_first,
        c.tribe_required, ${raw(tribeDue('c.received_at'))} AS tribe_due, c.tribe_first_at AS tribe_first,
        c.status = 'SCREENED_IN' AS response_required, c.response_due_at AS response_due,
        -- RESPONSE-TIME: the earliest completed contact with a child named in an allegation of the report
        c.child_seen_at AS response_first
      FROM ${listed(f)}
      ORDER BY ${orderBy(sort, 'c', openClock)}
      LIMIT ${page.limit}::int OFFSET ${page.offset}::bigint
    )
    SELECT ${DOCUMENT} AS document, ${raw(status('le'))} AS "leStatus", p.le_due AS "leDue",
      ${raw(status('tribe'))} AS "tribeStatus", p.tribe_due AS "tribeDue",
      ${raw(status('response'))} AS "responseStatus", p.response_due AS "responseDue"
    FROM page p JOIN access_reports r ON r.id = p.report_id
    ORDER BY ${orderBy(sort, 'p', openClock)}`;
}

export function countStatement(f: ListFilter): Sql {
  return sql`SELECT count(*)::int AS total FROM ${listed(f)}`;
}

/**
 * The plain list (newest first, no clock filter): no clocks to work out. The supervisor's decision
 * list and My reports ask this one most.
 */
export function plainListStatement(f: ListFilter, page: { offset: number; limit: number }): Sql {
  return sql`SELECT ${DOCUMENT} AS document FROM access_reports r WHERE ${join([...sharedWhere(f, 'r'), ...reportWhere(f)], ' AND ')}
    ORDER BY r.received_at DESC NULLS FIRST, r.created_at DESC
    LIMIT ${page.limit}::int OFFSET ${page.offset}::bigint`;
}

export function plainCountStatement(f: ListFilter): Sql {
  return sql`SELECT count(*)::int AS total FROM access_reports r WHERE ${join([...sharedWhere(f, 'r'), ...reportWhere(f)], ' AND ')}`;
}

/**
 * A search's page and count in one statement: the matches are found and their reports read once
 * (as two statements, each found them and looked every match up by id again). One row even when the
 * page is empty (`document` null), so the count always comes back.
 */
export function searchListStatement(f: ListFilter, page: { offset: number; limit: number }): Sql {
  return sql`WITH listed AS MATERIALIZED (
      SELECT r.id, r.received_at, r.created_at FROM access_reports r
      WHERE ${join([...sharedWhere(f, 'r'), ...reportWhere(f)], ' AND ')}
    )
    SELECT t.total, p.document
    FROM (SELECT count(*)::int AS total FROM listed) t
    LEFT JOIN LATERAL (
      SELECT ${DOCUMENT} AS document, r.received_at, r.created_at
      FROM (SELECT l.id FROM listed l ORDER BY l.received_at DESC NULLS FIRST, l.created_at DESC
            LIMIT ${page.limit}::int OFFSET ${page.offset}::bigint) x
      JOIN access_reports r ON r.id = x.id
    ) p ON true
    ORDER BY p.received_at DESC NULLS FIRST, p.created_at DESC`;
}
