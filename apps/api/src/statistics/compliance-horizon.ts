import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';

// The compliance report reads the days on or before compliance_horizon from compliance_days (counted
// once, kept by triggers) and later days report by report (db/functions/compliance-days-close.sql).
// The horizon only decides how fast the report answers, never what it says; this moves it to a week
// before today in Chicago at start and every hour. A week: most writes (intake, screening, the first
// contacts) land in it and cost the triggers one comparison, and a week of reports reads fast.

export const HORIZON_DAYS = 7;
const EVERY_MS = 60 * 60 * 1000;
const logger = new Logger('Compliance');

@Injectable()
export class ComplianceHorizon implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly prisma: PrismaService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.advance();
    this.timer = setInterval(() => void this.advance(), EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /** Moves the horizon; a failure is logged and tried again at the next turn (the report stays right). */
  async advance(): Promise<void> {
    try {
      await this.prisma.$queryRaw`
        SELECT compliance_days_close(((now() AT TIME ZONE 'America/Chicago')::date - ${HORIZON_DAYS}::int))::text AS closed`;
    } catch (error) {
      logger.warn(`could not move the compliance horizon: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
