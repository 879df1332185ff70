import type { Pool } from 'pg';
import { Gauge, type Registry } from 'prom-client';

/** The connection pool under Prisma's adapter (common/prisma.service.ts), read at scrape time. */
export function registerPoolMetrics(registry: Registry, pool: Pool): void {
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers: [registry],
      collect() {
        this.set(read());
      },
    });
  gauge('cps_db_pool_max_connections', 'The most connections the pool opens', () => pool.options.max ?? 10);
  gauge('cps_db_pool_connections', 'Connections the pool holds to PostgreSQL, busy or idle', () => pool.totalCount);
  gauge('cps_db_pool_idle_connections', 'Connections of the pool not in use', () => pool.idleCount);
  gauge(
    'cps_db_pool_waiting_requests',
    'Queries waiting for a connection because all are busy',
    () => pool.waitingCount,
  );
}
