import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { AccessReportsModule } from './access-reports/access-reports.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { commonModule } from './common/common.module';
import type { Env } from './common/env';
import { ErrorFilter } from './common/error.filter';
import { FindingsModule } from './findings/findings.module';
import { HealthModule } from './health/health.module';
import { MetricsModule } from './metrics/metrics.module';
import { MissingEpisodesModule } from './missing-episodes/missing-episodes.module';
import { NcandsModule } from './ncands/ncands.module';
import { PersonsModule } from './persons/persons.module';
import { ReferenceModule } from './reference/reference.module';
import { StatisticsModule } from './statistics/statistics.module';
import { UsersModule } from './users/users.module';

/** One module per feature folder; the pipe and the filter apply to every route. */
@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [
        commonModule(env),
        AuditModule,
        AuthModule,
        HealthModule,
        MetricsModule,
        ReferenceModule,
        UsersModule,
        CalendarModule,
        PersonsModule,
        AccessReportsModule,
        FindingsModule,
        MissingEpisodesModule,
        StatisticsModule,
        NcandsModule,
      ],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
