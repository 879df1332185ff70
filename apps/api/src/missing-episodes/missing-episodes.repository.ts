import { nameKey } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { existingPersonsStatement, insertPersonsStatement } from '../access-reports/draft-parts.statements';
import type { SessionUser } from '../common/auth.decorators';
import { Conflict, NotFound } from '../common/domain-error';
import { isUuid } from '../common/ids';
import { PrismaService } from '../common/prisma.service';
import { one, run, runOn } from '../common/sql';
import type { Tx } from '../common/transactions';
import { fromDateOnly } from '../users/user.mapper';
import {
  countEpisodesStatement,
  type DocumentRow,
  type EpisodeChange,
  type EpisodeListFilter,
  type EpisodeRow,
  insertEpisodeStatement,
  type LoadedEpisode,
  listEpisodesStatement,
  loadEpisodeStatement,
  lockEpisodeStatement,
  reviveEpisode,
  stillMissingStatement,
  updateEpisodeStatement,
} from './missing-episode.statements';

export type NewPerson = { id: string; firstName: string; lastName: string; dateOfBirth: string | null };

const NOT_FOUND = 'Missing-from-care episode';

/** Every read and write of missing_episodes: the services never reach the database client. */
@Injectable()
export class MissingEpisodesRepository {
  constructor(private readonly prisma: PrismaService) {}

  private on(tx?: Tx) {
    return tx ?? this.prisma.pool;
  }

  /** The episode, if it exists in the user's county; otherwise 404, as if it did not exist. */
  async findScoped(id: string, user: SessionUser, tx?: Tx): Promise<LoadedEpisode> {
    if (!isUuid(id)) throw new NotFound(NOT_FOUND);
    const [row] = await runOn<DocumentRow>(this.on(tx), 'missing-episode-load', loadEpisodeStatement(id));
    const episode = row && reviveEpisode(row);
    if (!episode || episode.countyCode !== user.countyCode) throw new NotFound(NOT_FOUND);
    return episode;
  }

  /** Locks the episode for the rest of the transaction, then reads it, scoped as above. */
  async lockScoped(tx: Tx, id: string, user: SessionUser): Promise<LoadedEpisode> {
    if (!isUuid(id)) throw new NotFound(NOT_FOUND);
    await runOn(tx, 'missing-episode-lock', lockEpisodeStatement(id));
    return this.findScoped(id, user, tx);
  }

  /** The child's episode not yet located, if there is one (in any county: a child is missing once). */
  async stillMissing(personId: string, tx?: Tx): Promise<{ id: string; countyCode: string; learnedAt: Date } | null> {
    const [row] = await runOn<{ id: string; countyCode: string; learnedAt: Date }>(
      this.on(tx),
      'missing-episode-still-missing',
      stillMissingStatement(personId),
    );
    return row ?? null;
  }

  async personExists(personId: string, tx?: Tx): Promise<boolean> {
    const rows = await runOn<{ id: string }>(
      this.on(tx),
      'missing-episode-person-exists',
      existingPersonsStatement([personId]),
    );
    return rows.length > 0;
  }

  /** A child new to the registry, with the identifying basics search answers with. */
  async insertPerson(tx: Tx, person: NewPerson, at: Date): Promise<void> {
    const row = {
      id: person.id,
      firstName: person.firstName,
      lastName: person.lastName,
      firstNameKey: nameKey(person.firstName),
      lastNameKey: nameKey(person.lastName),
      dateOfBirth: fromDateOnly(person.dateOfBirth),
      gender: null,
      createdAt: at,
      updatedAt: at,
    };
    await runOn(tx, 'missing-episode-person-insert', insertPersonsStatement([row]));
  }

  /** A 409 when another transaction recorded the same child as missing at the same moment. */
  async insertOrConflict(tx: Tx, row: EpisodeRow): Promise<void> {
    try {
      await runOn(tx, 'missing-episode-insert', insertEpisodeStatement(row));
    } catch (error) {
      const e = error as { code?: unknown; constraint?: unknown };
      if (e.code === '23505' && e.constraint === 'missing_episodes_one_missing')
        throw new Conflict('This child was recorded as missing a moment ago: open the list of missing children');
      throw error;
    }
  }

  async update(tx: Tx, id: string, change: EpisodeChange, at: Date): Promise<void> {
    await runOn(tx, 'missing-episode-update', updateEpisodeStatement(id, change, at));
  }

  /** One page of a county's episodes, most urgent first, and how many there are in all. */
  async list(filter: EpisodeListFilter): Promise<{ rows: LoadedEpisode[]; total: number }> {
    const [rows, { total }] = await Promise.all([
      run<DocumentRow>(this.prisma.pool, 'missing-episode-list', listEpisodesStatement(filter)),
      one(run<{ total: number }>(this.prisma.pool, 'missing-episode-count', countEpisodesStatement(filter))),
    ]);
    return { rows: rows.map(reviveEpisode), total };
  }
}
