import { Injectable } from '@nestjs/common';
import type { Prisma } from '../generated/prisma/client';
import { TX } from './idempotency.service';
import { PrismaService } from './prisma.service';

/** What a repository's writes run on when they belong to a use case's transaction. */
export type Tx = Prisma.TransactionClient;

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
