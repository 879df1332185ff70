import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { ZodValidationPipe } from 'nestjs-zod';
import { LoggerModule } from 'nestjs-pino';
import { AuditService } from './audit/audit.service';
import { AuthController } from './auth/auth.controller';
import { AuthGuard } from './auth/auth.guard';
import { AuthService } from './auth/auth.service';
import { SessionsRepository } from './auth/sessions.repository';
import { ENV, type Env } from './common/env';
import { ErrorFilter } from './common/error.filter';
import { loggerOptions } from './common/logging';
import { PrismaService } from './common/prisma.service';
import { HealthController } from './health/health.controller';
import { ReferenceController } from './reference/reference.controller';
import { ReferenceRepository } from './reference/reference.repository';

@Module({})
export class AppModule {
  static forRoot(env: Env): DynamicModule {
    return {
      module: AppModule,
      imports: [LoggerModule.forRoot(loggerOptions(env))],
      controllers: [HealthController, AuthController, ReferenceController],
      providers: [
        { provide: ENV, useValue: env },
        PrismaService,
        AuditService,
        SessionsRepository,
        AuthService,
        ReferenceRepository,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
