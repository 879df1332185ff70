import { nameKey, type PersonMatch } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import { run } from '../common/sql';
import { toDateOnly } from '../users/user.mapper';
import { type HistoryRow, historyStatement, reviveHistory } from './person-history.statement';
import { type PersonSearchRow, personSearchStatement } from './person-search.statement';

@Injectable()
export class PersonsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Likely matches across the state: trigram similarity of the normalised names (so hyphens,
   * spaces, case and a typo or two do not hide a child), with the date of birth as strong
   * evidence. Candidates nearest-first (person-search.statement.ts); at most 20, best first.
   */
  async search(q: { lastName: string; firstName?: string; dateOfBirth?: string }): Promise<PersonMatch[]> {
    const terms = { last: nameKey(q.lastName), first: nameKey(q.firstName), dob: q.dateOfBirth ?? null };
    const rows = await run<PersonSearchRow>(this.prisma.pool, 'person-search', personSearchStatement(terms));
    return rows.map((r) => ({
      id: r.id,
      firstName: r.first_name,
      lastName: r.last_name,
      dateOfBirth: toDateOnly(r.date_of_birth),
      gender: r.gender,
      score: r.score,
    }));
  }

  /** The reports that name the person, newest first, full only for `countyCode`; null when there is no such person. */
  async history(personId: string, countyCode: string): Promise<HistoryRow[] | null> {
    if (!isUuid(personId)) return null;
    const statement = historyStatement(personId, countyCode);
    const [row] = await run<{ history: string }>(this.prisma.pool, 'person-history', statement);
    return row ? reviveHistory(row.history) : null;
  }
}
