import crypto from 'node:crypto';
import { isReportNumber, type ReportListSort } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PrismaService } from '../common/prisma.service';
import { one, run, runPlannedEachTime, type Sql } from '../common/sql';
import {
  countStatement,
  type ListedRow,
  type ListFilter,
  listStatement,
  plainCountStatement,
  plainListStatement,
  searchListStatement,
} from './report-list.statements';
import { reviveReport } from './report-read.statements';

/**
 * Runs a list's statement. Without a search (or with a whole report number: one plan, the unique
 * index), as a prepared statement under a name of its own: a list writes only the filters asked
 * for, so each combination is its own text, and a name must stand for one text. A search by part of
 * a name or number is planned with its words each time: how many names hold each word decides the
 * plan, and the generic plan PostgreSQL settled on after five runs of a prepared statement read every
 * person of the longer word for two ("Zoe Wilson" in Milwaukee: 28 against 15 ms, planning included).
 */
function runList<T>(pool: Pool, base: string, filter: ListFilter, query: Sql): Promise<T[]> {
  if (filter.q && !isReportNumber(filter.q)) return runPlannedEachTime<T>(pool, query);
  return run<T>(
    pool,
    `${base}-${crypto.createHash('sha1').update(query.text).digest('base64url').slice(0, 12)}`,
    query,
  );
}

/** The lists of a county's reports: a page in the order asked and how many there are in all. */
@Injectable()
export class ReportListRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** One page of a county's reports and how many there are in all. */
  async list(filter: ListFilter, page: { offset: number; limit: number }, sort: ReportListSort = 'newest') {
    const { rows, total } =
      filter.openClock || sort !== 'newest'
        ? await this.listWithClocks(filter, page, sort)
        : await this.plainList(filter, page);
    return { rows: rows.map(reviveReport), total };
  }

  /** Newest first without a clock filter: the same rows, without working out the clocks in SQL. */
  private async plainList(filter: ListFilter, page: { offset: number; limit: number }) {
    const { pool } = this.prisma;
    if (filter.q) {
      // A search: its matches found once for the page and the count.
      const found = await runList<{ total: number; document: string | null }>(
        pool,
        'report-search',
        filter,
        searchListStatement(filter, page),
      );
      return { rows: found.filter((r) => r.document !== null) as { document: string }[], total: found[0]?.total ?? 0 };
    }
    const [rows, { total }] = await Promise.all([
      runList<{ document: string }>(pool, 'report-list-plain', filter, plainListStatement(filter, page)),
      one(runList<{ total: number }>(pool, 'report-count-plain', filter, plainCountStatement(filter))),
    ]);
    return { rows, total };
  }

  /** As list, each row with its clocks' due times and statuses as the SQL that filters and sorts computed them. */
  async listWithClocks(filter: ListFilter, page: { offset: number; limit: number }, sort: ReportListSort) {
    const { pool } = this.prisma;
    const [rows, { total }] = await Promise.all([
      runList<ListedRow>(pool, 'report-list', filter, listStatement(filter, sort, page)),
      // Without the clock filter the count needs no clocks, whatever the order.
      one(
        filter.openClock
          ? runList<{ total: number }>(pool, 'report-count', filter, countStatement(filter))
          : runList<{ total: number }>(pool, 'report-count-plain', filter, plainCountStatement(filter)),
      ),
    ]);
    return { rows, total };
  }
}
