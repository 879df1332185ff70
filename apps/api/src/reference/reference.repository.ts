import type { County } from '@cps/domain';
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';

@Injectable()
export class ReferenceRepository {
  private cache?: Promise<County[]>;

  constructor(private readonly prisma: PrismaService) {}

  /** The 72 counties by name. They change only with a migration, so one read per process. */
  counties(): Promise<County[]> {
    this.cache ??= this.prisma.county
      .findMany({ select: { code: true, name: true, region: true }, orderBy: { name: 'asc' } })
      .catch((error: unknown) => {
        this.cache = undefined;
        throw error;
      });
    return this.cache;
  }
}
