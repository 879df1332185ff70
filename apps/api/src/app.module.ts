import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { AccessReportsController } from './access-reports/access-reports.controller';
import { AccessReportsRepository } from './access-reports/access-reports.repository';
import { AccessReportsService } from './access-reports/access-reports.service';
import { ReportListService } from './access-reports/report-list.service';
import { AccessDeniedAudit } from './audit/access-denied';
import { AccessLogController } from './audit/access-log.controller';
import { AuditService } from './audit/audit.service';
import { AuditEventsController } from './audit/audit-events.controller';
import { AuditEventsRepository } from './audit/audit-events.repository';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { SessionsRepository } from './auth/sessions.repository';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarRepository } from './calendar/calendar.repository';
import { CalendarService } from './calendar/calendar.service';
import { ENV, type Env } from './common/env';
import { ErrorFilter } from './common/error.filter';
import { IdempotencyService } from './common/idempotency.service';
import { loggerOptions } from './common/logging';
import { PrismaService } from './common/prisma.service';
import { FindingsController } from './findings/findings.controller';
import { FindingsService } from './findings/findings.service';
import { HealthController } from './health/health.controller';
import { PersonsController } from './persons/persons.controller';
import { PersonsRepository } from './persons/persons.repository';
import { ReferenceController } from './reference/reference.controller';
import { ReferenceRepository } from './reference/reference.repository';
import { ComplianceRepository } from './statistics/compliance.repository';
import { SexTraffickingRepository } from './statistics/sex-trafficking.repository';
import { StatisticsController } from './statistics/statistics.controller';
import { StatisticsService } from './statistics/statistics.service';
import { UsersController } from './users/users.controller';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [LoggerModule.forRoot(loggerOptions(env))],
      controllers: [
        HealthController,
        AuthController,
        ReferenceController,
        UsersController,
        CalendarController,
        AuditEventsController,
        AccessReportsController,
        AccessLogController,
        FindingsController,
        PersonsController,
        StatisticsController,
      ],
      providers: [
        { provide: ENV, useValue: env },
        PrismaService,
        AuditService,
        AccessDeniedAudit,
        SessionsRepository,
        AuthService,
        ReferenceRepository,
        UsersRepository,
        UsersService,
        CalendarRepository,
        CalendarService,
        AuditEventsRepository,
        IdempotencyService,
        AccessReportsRepository,
        AccessReportsService,
        ReportListService,
        FindingsService,
        PersonsRepository,
        SexTraffickingRepository,
        ComplianceRepository,
        StatisticsService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
