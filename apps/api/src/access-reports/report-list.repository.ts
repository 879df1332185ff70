import crypto from 'node:crypto';
import type { ReportListSort } from '@cps/domain';
import { Injectable } from '@nestjs/common';
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
 * A list's statement under a name of its own: a list writes only the filters asked for, so each
 * combination is its own text, and a prepared statement's name must stand for one text.
 */
const prepared = (base: string, query: Sql): [string, Sql] => [
  `${base}-${crypto.createHash('sha1').update(query.text).digest('base64url').slice(0, 12)}`,
  query,
];

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
    if (filter.q) {
      // A search: its matches found once for the page and the count. Planned with its words each
      // time: how many names hold each word decides the plan, and the generic plan PostgreSQL settled
      // on after five runs of a prepared statement read every person of the longer word for two
      // ("Zoe Wilson" in Milwaukee: 28 against 15 ms, planning included).
      const found = await runPlannedEachTime<{ total: number; document: string | null }>(
        this.prisma.pool,
        searchListStatement(filter, page),
      );
      return { rows: found.filter((r) => r.document !== null) as { document: string }[], total: found[0]?.total ?? 0 };
    }
    const [rows, { total }] = await Promise.all([
      run<{ document: string }>(this.prisma.pool, ...prepared('report-list-plain', plainListStatement(filter, page))),
      one(run<{ total: number }>(this.prisma.pool, ...prepared('report-count-plain', plainCountStatement(filter)))),
    ]);
    return { rows, total };
  }

  /** As list, each row with its clocks' due times and statuses as the SQL that filters and sorts computed them. */
  async listWithClocks(filter: ListFilter, page: { offset: number; limit: number }, sort: ReportListSort) {
    const [rows, { total }] = await Promise.all([
      run<ListedRow>(this.prisma.pool, ...prepared('report-list', listStatement(filter, sort, page))),
      // Without the clock filter the count needs no clocks, whatever the order.
      one(
        run<{ total: number }>(
          this.prisma.pool,
          ...(filter.openClock
            ? prepared('report-count', countStatement(filter))
            : prepared('report-count-plain', plainCountStatement(filter))),
        ),
      ),
    ]);
    return { rows, total };
  }
}
