import {
  changePasswordSchema,
  loginRequestSchema,
  loginResponseSchema,
  setupRequestSchema,
  userSchema,
} from '@cps/domain';
import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { type AuthContext, CurrentAuth, CurrentUser, Public, type SessionUser } from '../common/auth.decorators';
import { ENV, type Env } from '../common/env';
import { toUserDto } from '../users/user.mapper';
import { AuthService } from './auth.service';
import { SESSION_COOKIE, SESSION_IDLE_MS } from './session-token';

class LoginDto extends createZodDto(loginRequestSchema) {}
class LoginResponseDto extends createZodDto(loginResponseSchema) {}
class SetupDto extends createZodDto(setupRequestSchema) {}
class ChangePasswordDto extends createZodDto(changePasswordSchema) {}
class UserDto extends createZodDto(userSchema) {}

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
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiTooManyRequestsResponse({ description: '5 failed sign-ins for this email within 15 minutes' })
  async login(@Body() body: LoginDto, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.auth.login(body, ip);
    this.setSessionCookie(reply, result.token);
    return result;
  }

  @Public()
  @Post('setup')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: 'The password is set and the person is signed in' })
  @ApiBadRequestResponse({
    description: 'A used, expired or unknown setup token (one message for all), or a password under 12 characters',
  })
  async setup(@Body() body: SetupDto, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.auth.setup(body, ip);
    this.setSessionCookie(reply, result.token);
    return result;
  }

  @Post('password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: "Changed; the user's other sessions have ended, this one stays" })
  @ApiBadRequestResponse({ description: 'The current password is not right, or the new one is too short' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords (counted with failed sign-ins)' })
  async changePassword(@Body() body: ChangePasswordDto, @CurrentAuth() auth: AuthContext, @Ip() ip: string) {
    await this.auth.changePassword(body, auth.user, auth.sessionId, ip);
  }

  @Post('logout')
  @HttpCode(204)
  async logout(@CurrentAuth() auth: AuthContext, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.logout(auth.sessionId, auth.user.id, ip);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Get('me')
  @ApiOkResponse({ type: UserDto })
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
