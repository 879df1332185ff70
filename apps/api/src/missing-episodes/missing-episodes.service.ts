import crypto from 'node:crypto';
import {
  chicagoDate,
  createEpisodeIssues,
  createMissingEpisodeSchema,
  episodeUpdateConflict,
  type MissingEpisode,
  missingEpisodeListQuerySchema,
  updateEpisodeIssues,
  updateMissingEpisodeSchema,
} from '@cps/domain';
import { ForbiddenException, Injectable } from '@nestjs/common';
import { AccessReportsRepository } from '../access-reports/access-reports.repository';
import { type RequestMeta, refuseIf } from '../access-reports/use-case.context';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { Conflict, InvalidInput } from '../common/domain-error';
import { IdempotencyService, type Stored } from '../common/idempotency.service';
import { parseBody } from '../common/parse';
import { Transactions, type Tx } from '../common/transactions';
import { toEpisodeDto } from './missing-episode.mapper';
import { changeOf } from './missing-episode.statements';
import { MissingEpisodesRepository } from './missing-episodes.repository';
import { ReturnScreenService } from './return-screen.service';

const ENTITY = 'MissingEpisode';

/** Missing-from-care episodes: record one, its police and NCMEC reports, the child located, the return screening. */
@Injectable()
export class MissingEpisodesService {
  constructor(
    private readonly episodes: MissingEpisodesRepository,
    private readonly reports: AccessReportsRepository,
    private readonly returnScreen: ReturnScreenService,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * A new episode in the caller's county: 403 for another valid county (as for reports), 400 for an
   * unknown one or bad input; the child is one found by search or a new person of the registry.
   */
  async create(body: unknown, user: SessionUser, meta: RequestMeta): Promise<Stored<MissingEpisode>> {
    const county = (body as { countyCode?: unknown } | null)?.countyCode;
    if (typeof county === 'string' && county !== user.countyCode && (await this.reports.countyExists(county))) {
      throw new ForbiddenException('You may record missing-from-care episodes only in your own county');
    }
    const input = parseBody(createMissingEpisodeSchema, body);
    if (!(await this.reports.countyExists(input.countyCode))) {
      throw new InvalidInput([{ path: 'countyCode', message: 'is not a Wisconsin county code' }]);
    }
    const issues = createEpisodeIssues(input, new Date());
    if (issues.length) throw new InvalidInput(issues);
    if (input.personId && !(await this.episodes.personExists(input.personId))) {
      throw new InvalidInput([{ path: 'personId', message: 'is not a person of the registry: search again' }]);
    }
    return this.idempotency.run(
      user.id,
      meta.idempotencyKey,
      'POST /api/missing-episodes',
      body,
      async (tx) => {
        const at = new Date();
        let personId = input.personId ?? '';
        if (input.person) {
          personId = crypto.randomUUID();
          await this.episodes.insertPerson(
            tx,
            { id: personId, ...input.person, dateOfBirth: input.person.dateOfBirth ?? null },
            at,
          );
        }
        if (input.personId) await this.refuseIfStillMissing(input.personId, user, tx);
        const id = crypto.randomUUID();
        await this.episodes.insertOrConflict(tx, {
          id,
          version: 1,
          countyCode: input.countyCode,
          personId,
          learnedAt: new Date(input.learnedAt),
          lastSeenAt: input.lastSeenAt ? new Date(input.lastSeenAt) : null,
          lastSeenLocation: input.lastSeenLocation ?? null,
          circumstances: input.circumstances ?? null,
          policeReportedAt: null,
          policeAgency: null,
          policeCaseNumber: null,
          ncicNumber: null,
          ncmecReportedAt: null,
          ncmecCaseNumber: null,
          locatedAt: null,
          screenedAt: null,
          screeningIndicators: [],
          screeningNotes: null,
          screenedById: null,
          newReportId: null,
          createdById: user.id,
          createdAt: at,
          updatedAt: at,
        });
        await this.audit.record(
          {
            at,
            userId: user.id,
            action: 'missing_episode.created',
            entityType: ENTITY,
            entityId: id,
            ip: meta.ip,
            details: { countyCode: input.countyCode, newPerson: input.person !== undefined && input.person !== null },
          },
          tx,
        );
        return { status: 201, body: toEpisodeDto(await this.episodes.findScoped(id, user, tx), at) };
      },
      meta.ip,
    );
  }

  /**
   * A child is missing once at a time: a second episode for a child not yet located is a 409 (the
   * unique index missing_episodes_one_missing refuses a concurrent one too). Another county's episode
   * is named only as such.
   */
  private async refuseIfStillMissing(personId: string, user: SessionUser, tx: Tx): Promise<void> {
    const open = await this.episodes.stillMissing(personId, tx);
    if (!open) return;
    throw new Conflict(
      open.countyCode === user.countyCode
        ? `This child is already recorded as missing since ${chicagoDate(open.learnedAt)} and not yet located: record the police and NCMEC reports and the return in that episode (/missing/${open.id})`
        : 'This child is already recorded as missing by another county agency and not yet located: call that agency before recording a second episode',
    );
  }

  /** One episode, read: every read is on the trail. */
  async get(id: string, user: SessionUser, meta: RequestMeta): Promise<MissingEpisode> {
    const episode = await this.episodes.findScoped(id, user);
    await this.audit.record({
      userId: user.id,
      action: 'missing_episode.read',
      entityType: ENTITY,
      entityId: id,
      ip: meta.ip,
    });
    return toEpisodeDto(episode, new Date());
  }

  /** The county's episodes (`open=true`: not yet screened), most urgent first. */
  async list(query: unknown, user: SessionUser, meta: RequestMeta) {
    const q = parseBody(missingEpisodeListQuerySchema, query);
    const now = new Date();
    const filter = {
      countyCode: user.countyCode ?? '',
      openOnly: q.open === 'true',
      offset: (q.page - 1) * q.pageSize,
      limit: q.pageSize,
    };
    const { rows, total } = await this.episodes.list(filter);
    // Names of children are shown: who listed what is on the trail (the filters, never a name).
    await this.audit.record({
      userId: user.id,
      action: 'missing_episode.listed',
      entityType: 'MissingEpisodeList',
      ip: meta.ip,
      details: { countyCode: user.countyCode, open: filter.openOnly, page: q.page, pageSize: q.pageSize, total },
    });
    return { items: rows.map((row) => toEpisodeDto(row, now)), total };
  }

  /**
   * A step of the episode: 404, 400 (each time in order), then under the episode's lock 409 (stale
   * version, closed, a screen before the child is located). A return screening closes the episode
   * and, with any indicator, opens the draft of RETURN-SCREEN in the same transaction.
   */
  async update(id: string, body: unknown, user: SessionUser, meta: RequestMeta): Promise<MissingEpisode> {
    const stored = await this.episodes.findScoped(id, user);
    const patch = parseBody(updateMissingEpisodeSchema, body);
    const issues = updateEpisodeIssues(stored, patch, new Date());
    if (issues.length) throw new InvalidInput(issues);
    return this.transactions.run(async (tx) => {
      const current = await this.episodes.lockScoped(tx, id, user);
      refuseIf(episodeUpdateConflict(current, patch));
      // The same version as read before the lock means the same episode: the 400 checks above still hold.
      const at = new Date();
      const { returnScreening } = patch;
      const change = changeOf(patch);
      const changed = Object.keys(change);
      let newReportId: string | null = null;
      if (returnScreening) {
        newReportId = await this.returnScreen.openReport(tx, { ...current, ...change }, returnScreening, user, meta);
        Object.assign(change, {
          screenedAt: new Date(returnScreening.screenedAt),
          screeningIndicators: returnScreening.indicators,
          screeningNotes: returnScreening.notes ?? null,
          screenedById: user.id,
          ...(newReportId ? { newReportId } : {}),
        });
      }
      await this.episodes.update(tx, id, change, at);
      const event = { at, userId: user.id, entityType: ENTITY, entityId: id, ip: meta.ip };
      if (changed.length || !returnScreening) {
        await this.audit.record({ ...event, action: 'missing_episode.updated', details: { fields: changed } }, tx);
      }
      if (returnScreening) {
        await this.audit.record(
          {
            ...event,
            action: 'missing_episode.screened',
            reportId: newReportId,
            details: { indicators: returnScreening.indicators.length, newReportId },
          },
          tx,
        );
      }
      return toEpisodeDto(await this.episodes.findScoped(id, user, tx), at);
    });
  }
}
