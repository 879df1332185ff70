import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { AccessReportsModule } from './access-reports/access-reports.module';
import { AuditModule } from './audit/audit.module';
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
import { ComplianceRepository } from './reports/compliance.repository';
import { ReportsController } from './reports/reports.controller';
import { ReportsRepository } from './reports/reports.repository';
import { ReportsService } from './reports/reports.service';
import { UsersController } from './users/users.controller';
import { UsersRepository } from './users/users.repository';
import { UsersService } from './users/users.service';

@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      // Global: the feature modules' providers use the database, the environment, the counties and
      // idempotency from here.
      global: true,
      imports: [LoggerModule.forRoot(loggerOptions(env)), AuditModule, AccessReportsModule],
      controllers: [
        HealthController,
        AuthController,
        ReferenceController,
        UsersController,
        CalendarController,
        FindingsController,
        PersonsController,
        ReportsController,
      ],
      providers: [
        { provide: ENV, useValue: env },
        PrismaService,
        SessionsRepository,
        AuthService,
        ReferenceRepository,
        UsersRepository,
        UsersService,
        CalendarRepository,
        CalendarService,
        IdempotencyService,
        FindingsService,
        PersonsRepository,
        ReportsRepository,
        ComplianceRepository,
        ReportsService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [ENV, PrismaService, ReferenceRepository, IdempotencyService],
    };
  }
}
