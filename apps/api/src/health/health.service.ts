import type { Health } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { HealthRepository } from './health.repository';

/** A health check must answer quickly even when the database hangs: two seconds, then "down". */
const DATABASE_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(private readonly database: HealthRepository) {}

  async check(): Promise<Health> {
    try {
      await withTimeout(this.database.ping(), DATABASE_TIMEOUT_MS);
      return { status: 'ok', database: 'up' } satisfies Health;
    } catch {
      return { status: 'error', database: 'down' } satisfies Health;
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
