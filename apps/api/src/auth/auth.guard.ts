import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import type { Role } from '../generated/prisma/enums';
import { PUBLIC, ROLES, type AuthContext } from '../common/auth.decorators';
import { SessionsRepository } from './sessions.repository';
import { tokenFrom } from './session-token';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every route is signed-in only unless marked @Public(); @Roles() narrows it further (403). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { auth?: AuthContext }>();
    const found = tokenFrom(request.headers, request.cookies ?? {});
    if (!found) throw new UnauthorizedException('Sign in first');
    const session = await this.sessions.touch(found.token);
    if (!session) throw new UnauthorizedException('Your session has ended; sign in again');
    if (found.via === 'cookie' && UNSAFE.has(request.method)) assertSameOrigin(request);
    request.auth = { user: session.user, sessionId: session.id, via: found.via };
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES, targets);
    if (roles && !roles.includes(session.user.role)) throw new ForbiddenException('Your role may not do this');
    return true;
  }
}

/** CSRF defence for cookie sign-in, beside SameSite=Strict: an unsafe request must come from us. */
function assertSameOrigin(request: FastifyRequest): void {
  const origin = request.headers.origin ?? request.headers.referer;
  if (!origin) return; // not a browser form post from elsewhere: browsers send Origin on cross-site POSTs
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new ForbiddenException('The request came from another site');
  }
  if (host !== request.headers.host) throw new ForbiddenException('The request came from another site');
}
