import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from '../generated/prisma/client';
import { ENV, type Env } from './env';

const logger = new Logger('Database');

// Fail fast when PostgreSQL is down: a request gets a 503 in seconds instead of hanging. Every
// connection gets an error listener for its whole life: one lost while checked out (in a
// transaction, during an outage) would otherwise be an unhandled 'error' event and end the process.
function createPool(url: string): Pool {
  const pool = new Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 3000, idleTimeoutMillis: 30_000 });
  pool.on('error', (error) => logger.warn(`connection pool: ${error.message}`));
  pool.on('connect', (client) => client.on('error', (error) => logger.warn(`connection: ${error.message}`)));
  return pool;
}

export function createPrismaClient(url: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg(createPool(url), { disposeExternalPool: true }) });
}

// main.ts points DATABASE_URL at the embedded database when the operator gave none, before the app starts.
function databaseUrl(env: Env): string {
  if (!env.DATABASE_URL) throw new Error('The API needs DATABASE_URL to reach PostgreSQL; none was given');
  return env.DATABASE_URL;
}

/**
 * Prisma for most of the API, and its connection pool for the few hot paths written in SQL by
 * hand (common/sql.ts): the session check, creating and submitting a report.
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  readonly pool: Pool;

  constructor(@Inject(ENV) env: Env) {
    const pool = createPool(databaseUrl(env));
    super({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
    this.pool = pool;
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}
