import crypto from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { writeAudit } from '../audit/audit.writer';
import type { Prisma } from '../generated/prisma/client';
import { Conflict, InvalidInput } from './domain-error';
import { PrismaService } from './prisma.service';
import { TX, type Tx } from './transactions';

export type Stored<T> = { status: number; body: T };

type Piece = { text: string } | { value: unknown };

/**
 * Same JSON, same hash, whatever the key order: the JSON text of the value with every object's
 * keys sorted, exactly as JSON.stringify writes the sorted copy (so hashes stored before still
 * match). Written with a stack, not recursion: no body, however deep, can overflow it.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const todo: Piece[] = [{ value }];
  for (let piece = todo.pop(); piece !== undefined; piece = todo.pop()) {
    if ('text' in piece) {
      out.push(piece.text);
      continue;
    }
    const v = piece.value;
    const next: Piece[] = [];
    if (Array.isArray(v)) {
      out.push('[');
      v.forEach((item: unknown, i) =>
        next.push(...(i > 0 ? [{ text: ',' }] : []), { value: absent(item) ? null : item }),
      );
      next.push({ text: ']' });
    } else if (v !== null && typeof v === 'object') {
      // Through an object again, so that integer-like keys come first as JSON.stringify puts them.
      const sorted = Object.entries(Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))));
      out.push('{');
      sorted
        .filter(([, item]) => !absent(item))
        .forEach(([key, item], i) =>
          next.push({ text: `${i > 0 ? ',' : ''}${JSON.stringify(key)}:` }, { value: item }),
        );
      next.push({ text: '}' });
    } else {
      out.push(JSON.stringify(v) ?? 'null');
    }
    for (let i = next.length - 1; i >= 0; i--) todo.push(next[i] as Piece);
  }
  return out.join('');
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
const absent = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export function requestHash(route: string, body: unknown): string {
  return crypto
    .createHash('sha256')
    .update(route)
    .update('\n')
    .update(canonicalJson(body ?? null))
    .digest('hex');
}

/**
 * Runs a creating request once per Idempotency-Key. The key is claimed inside the same
 * transaction as the work: a concurrent twin waits on the key's unique index until the first
 * commits (then replays its response) or rolls back (then does the work itself); a crash rolls
 * back both, so a retry after a crash simply does the work.
 */
@Injectable()
export class IdempotencyService {
  constructor(private readonly prisma: PrismaService) {}

  async run<T>(
    userId: string,
    key: string | undefined,
    route: string,
    body: unknown,
    work: (tx: Tx) => Promise<Stored<T>>,
    ip?: string,
  ): Promise<Stored<T>> {
    if (key === undefined) return this.prisma.$transaction((tx) => work(tx), TX);
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new InvalidInput([{ path: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters' }]);
    }
    const hash = requestHash(route, body);
    return this.prisma.$transaction(async (tx) => {
      const claimed = await tx.$executeRaw`
        INSERT INTO idempotency_keys (user_id, key, request_hash) VALUES (${userId}::uuid, ${key}, ${hash})
        ON CONFLICT DO NOTHING`;
      if (claimed === 0) {
        const first = await tx.idempotencyKey.findUniqueOrThrow({ where: { userId_key: { userId, key } } });
        if (first.requestHash !== hash)
          throw new Conflict('This Idempotency-Key was already used for a different request');
        // A replay hands the report out again: it is a read of it, and audited as one.
        const reportId = route.startsWith('POST /api/access-reports')
          ? (first.responseBody as { id?: unknown } | null)?.id
          : undefined;
        if (typeof reportId === 'string') {
          await writeAudit(tx, {
            userId,
            action: 'report.replayed',
            entityType: 'AccessReport',
            entityId: reportId,
            reportId,
            ip,
            details: { route },
          });
        }
        return { status: first.responseStatus ?? 200, body: first.responseBody as T };
      }
      const result = await work(tx);
      await tx.idempotencyKey.update({
        where: { userId_key: { userId, key } },
        data: { responseStatus: result.status, responseBody: result.body as Prisma.InputJsonValue },
      });
      return result;
    }, TX);
  }
}
