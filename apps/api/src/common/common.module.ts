import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ENV, type Env } from './env';
import { IdempotencyService } from './idempotency.service';
import { PrismaService } from './prisma.service';
import { Transactions } from './transactions';

@Global()
@Module({})
export class CommonModule {}

/**
 * What every feature module uses, given once for the whole app: the configuration, the database
 * (repositories take PrismaService; services take Transactions) and Idempotency-Key replays.
 */
export function commonModule(env: Env): DynamicModule {
  const providers = [{ provide: ENV, useValue: env }, PrismaService, Transactions, IdempotencyService];
  return { module: CommonModule, global: true, providers, exports: providers };
}
