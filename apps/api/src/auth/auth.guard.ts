import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { type AuthContext, PUBLIC, ROLES } from '../common/auth.decorators';
import { ENV, type Env } from '../common/env';
import { fromOwnOrigin } from '../common/same-origin';
import type { Role } from '../generated/prisma/enums';
import { tokenFrom } from './session-token';
import { SessionsRepository } from './sessions.repository';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every route is signed-in only unless marked @Public(); @Roles() narrows it further (403). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
    @Inject(ENV) private readonly env: Env,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { auth?: AuthContext }>();
    const found = tokenFrom(request.headers, request.cookies ?? {});
    if (!found) throw new UnauthorizedException('Sign in first');
    const session = await this.sessions.touch(found.token);
    if (!session) throw new UnauthorizedException('Your session has ended; sign in again');
    // CSRF defence for cookie sign-in, beside SameSite=Strict: an unsafe request must come from us.
    if (
      found.via === 'cookie' &&
      UNSAFE.has(request.method) &&
      !fromOwnOrigin(request, this.env.COOKIE_SECURE === true)
    ) {
      throw new ForbiddenException('The request came from another site, or did not say where it came from');
    }
    request.auth = { user: session.user, sessionId: session.id, via: found.via };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(session.user.role)) throw new ForbiddenException('Your role may not do this');
    return true;
  }
}
