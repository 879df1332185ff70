import { changePasswordSchema, loginRequestSchema, setupRequestSchema } from '@cps/domain';
import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { type AuthContext, CurrentAuth, CurrentUser, Public, type SessionUser } from '../common/auth.decorators';
import { ENV, type Env } from '../common/env';
import { ApiContract } from '../contract/api-contract.decorator';
import { toUserDto } from '../users/user.mapper';
import { AuthService } from './auth.service';
import { SESSION_COOKIE, SESSION_IDLE_MS } from './session-token';

class LoginDto extends createZodDto(loginRequestSchema) {}
class SetupDto extends createZodDto(setupRequestSchema) {}
class ChangePasswordDto extends createZodDto(changePasswordSchema) {}

@ApiTags('Sign-in')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(ENV) private readonly env: Env,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiContract({
    summary: 'Sign in: a token for scripts and a session cookie for the browser',
    description: 'Wrong credentials: 401, one message for an unknown email and a wrong password',
    public: true,
    body: 'LoginRequest',
    responses: { 200: { description: 'Signed in', schema: 'LoginResponse' } },
    errors: [401, 429],
  })
  async login(@Body() body: LoginDto, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.auth.login(body, ip);
    this.setSessionCookie(reply, result.token);
    return result;
  }

  @Public()
  @Post('setup')
  @HttpCode(200)
  @ApiContract({
    summary: 'Choose a password with a one-time setup token, and be signed in',
    description: 'A used, expired or unknown setup token (one message for all), or a password under 12 characters: 400',
    public: true,
    body: 'SetupRequest',
    responses: { 200: { description: 'The password is set and the person is signed in', schema: 'LoginResponse' } },
  })
  async setup(@Body() body: SetupDto, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.auth.setup(body, ip);
    this.setSessionCookie(reply, result.token);
    return result;
  }

  @Post('password')
  @HttpCode(204)
  @ApiContract({
    summary: 'Change your own password',
    description:
      'A wrong current password or a short new one: 400; too many wrong current passwords (counted with failed sign-ins): 429',
    body: 'ChangePasswordRequest',
    responses: { 204: { description: "Changed; the user's other sessions have ended, this one stays" } },
    errors: [403, 429],
  })
  async changePassword(@Body() body: ChangePasswordDto, @CurrentAuth() auth: AuthContext, @Ip() ip: string) {
    await this.auth.changePassword(body, auth.user, auth.sessionId, ip);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiContract({
    summary: 'Sign out: the token and the cookie stop working',
    responses: { 204: { description: 'Signed out' } },
    errors: [403],
  })
  async logout(@CurrentAuth() auth: AuthContext, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(auth.sessionId, auth.user.id, ip);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiContract({ summary: 'The signed-in user', responses: { 200: { description: 'The user', schema: 'User' } } })
  me(@CurrentUser() user: SessionUser) {
    return toUserDto(user);
  }

  private setSessionCookie(reply: FastifyReply, token: string): void {
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.env.COOKIE_SECURE ?? false,
      path: '/',
      // The server ends the session; the cookie need not outlive the shorter of its two limits.
      maxAge: Math.min(SESSION_IDLE_MS / 1000, this.env.SESSION_MAX_HOURS * 3600),
    });
  }
}
