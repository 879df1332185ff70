import { nameKey, type PersonMatch } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import { run } from '../common/sql';
import { toDateOnly } from '../users/user.mapper';
import { type HistoryRow, historyStatement, reviveHistory } from './person-history.statement';

type Row = {
  id: string;
  first_name: string | null;
  last_name: string | null;
  date_of_birth: Date | null;
  gender: PersonMatch['gender'];
  score: number;
};

@Injectable()
export class PersonsRepository {
  constructor(private readonly prisma: PrismaService) {}

  /**
   * Likely matches across the state: trigram similarity of the normalised names (so hyphens,
   * spaces, case and a typo or two do not hide a child), with the date of birth as strong
   * evidence. Uses the trigram indexes; at most 20, best first.
   */
  async search(q: { lastName: string; firstName?: string; dateOfBirth?: string }): Promise<PersonMatch[]> {
    const last = nameKey(q.lastName);
    const first = nameKey(q.firstName);
    const dob = q.dateOfBirth ?? null;
    const [, rows] = await this.prisma.$transaction([
      this.prisma.$executeRaw`SELECT set_config('pg_trgm.similarity_threshold', '0.25', true)`,
      this.prisma.$queryRaw<Row[]>`
        SELECT id, first_name, last_name, date_of_birth, gender::text AS gender,
          round((0.55 * similarity(last_name_key, ${last})
               + 0.30 * CASE WHEN ${first} = '' THEN 0 ELSE similarity(first_name_key, ${first}) END
               + 0.15 * CASE WHEN date_of_birth = ${dob}::date THEN 1 ELSE 0 END)::numeric
               / (0.55 + CASE WHEN ${first} = '' THEN 0 ELSE 0.30 END + CASE WHEN ${dob}::date IS NULL THEN 0 ELSE 0.15 END), 3)::float8 AS score
        FROM persons
        WHERE last_name_key % ${last}
           OR (${dob}::date IS NOT NULL AND date_of_birth = ${dob}::date AND ${first} <> '' AND first_name_key % ${first})
        ORDER BY score DESC, last_name, first_name
        LIMIT 20`,
    ]);
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
