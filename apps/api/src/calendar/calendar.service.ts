import type { HolidayEntry } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { SessionUser } from '../common/auth.decorators';
import { Conflict, NotFound } from '../common/domain-error';
import { IdempotencyService, type Stored } from '../common/idempotency.service';
import { Transactions } from '../common/transactions';
import { CalendarRepository } from './calendar.repository';

type Actor = { user: SessionUser; ip: string | undefined };

const isUniqueViolation = (error: unknown) => (error as { code?: unknown }).code === 'P2002';

@Injectable()
export class CalendarService {
  constructor(
    private readonly transactions: Transactions,
    private readonly calendar: CalendarRepository,
    private readonly audit: AuditService,
    private readonly idempotency: IdempotencyService,
  ) {}

  list(year?: number): Promise<HolidayEntry[]> {
    return this.calendar.list(year);
  }

  create(holiday: HolidayEntry, actor: Actor, idempotencyKey: string | undefined): Promise<Stored<HolidayEntry>> {
    const taken = () => new Conflict(`${holiday.date} is already a holiday`);
    return this.idempotency.run(actor.user.id, idempotencyKey, 'POST /api/calendar/holidays', holiday, async (tx) => {
      if (await this.calendar.exists(holiday.date, tx)) throw taken();
      await this.calendar.create(holiday, tx).catch((error: unknown) => {
        throw isUniqueViolation(error) ? taken() : error;
      });
      await this.audit.record(
        {
          userId: actor.user.id,
          action: 'holiday.created',
          entityType: 'Holiday',
          entityId: holiday.date,
          ip: actor.ip,
          details: { name: holiday.name },
        },
        tx,
      );
      return { status: 201, body: holiday };
    });
  }

  async delete(date: string, actor: Actor): Promise<void> {
    await this.transactions.run(async (tx) => {
      const name = await this.calendar.delete(date, tx);
      if (name === null) throw new NotFound('Holiday');
      await this.audit.record(
        {
          userId: actor.user.id,
          action: 'holiday.deleted',
          entityType: 'Holiday',
          entityId: date,
          ip: actor.ip,
          details: { name },
        },
        tx,
      );
    });
  }
}
