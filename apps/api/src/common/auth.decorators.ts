import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '../generated/prisma/enums';

export const PUBLIC = 'cps:public';
export const ROLES = 'cps:roles';

/** The route needs no sign-in. */
export const Public = () => SetMetadata(PUBLIC, true);

/** Only these roles may call the route; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES, roles);

export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  countyCode: string | null;
  active: boolean;
  sexTraffickingTrainingCompletedOn: Date | null;
};

export type AuthContext = { user: SessionUser; sessionId: string; via: 'cookie' | 'bearer' };

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): SessionUser => {
  return (ctx.switchToHttp().getRequest() as { auth: AuthContext }).auth.user;
});

export const CurrentAuth = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthContext => {
  return (ctx.switchToHttp().getRequest() as { auth: AuthContext }).auth;
});
