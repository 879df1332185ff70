import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { PrismaService } from './prisma.service';

/** What a repository's writes run on when they belong to a use case's transaction. */
export type Tx = Prisma.TransactionClient;

/** How long a transaction may wait for a connection and run: one setting for every transaction of the API. */
export const TX = { maxWait: 10_000, timeout: 20_000 } as const;

/**
 * The writes of a use case that belong together, in one transaction: a service starts it and hands
 * `tx` to the repositories, so services never hold the database client themselves.
 */
@Injectable()
export class Transactions {
  constructor(private readonly prisma: PrismaService) {}

  run<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(work, TX);
  }
}
