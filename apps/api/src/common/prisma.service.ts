import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client';
import { ENV, type Env } from './env';

const logger = new Logger('Database');

// Fail fast when PostgreSQL is down: a request gets a 503 in seconds instead of hanging. A
// connection lost while idle (a restart, an outage) is logged, never an unhandled crash.
function adapter(url: string): PrismaPg {
  return new PrismaPg(
    { connectionString: url, max: 10, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 },
    {
      onPoolError: (error) => logger.warn(`connection pool: ${error.message}`),
      onConnectionError: (error) => logger.warn(`connection: ${error.message}`),
    },
  );
}

export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: adapter(url) });
}

@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(ENV) env: Env) {
    super({ adapter: adapter(env.DATABASE_URL!) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
