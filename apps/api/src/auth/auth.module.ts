import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuditModule } from '../audit/audit.module';
import { UsersModule } from '../users/users.module';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginFailuresRepository } from './login-failures.repository';
import { SessionsRepository } from './sessions.repository';

/** Sign-in, sessions and passwords; its guard makes every route of the app signed-in only unless @Public(). */
@Module({
  imports: [AuditModule, UsersModule],
  controllers: [AuthController],
  providers: [AuthService, SessionsRepository, LoginFailuresRepository, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
