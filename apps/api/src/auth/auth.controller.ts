import { Body, Controller, Get, HttpCode, Inject, Ip, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { loginRequestSchema, loginResponseSchema, userSchema } from '@cps/domain';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentAuth, CurrentUser, Public, type AuthContext, type SessionUser } from '../common/auth.decorators';
import { ENV, type Env } from '../common/env';
import { toUserDto } from '../users/user.mapper';
import { AuthService } from './auth.service';
import { SESSION_COOKIE, SESSION_IDLE_MS } from './session-token';

class LoginDto extends createZodDto(loginRequestSchema) {}
class LoginResponseDto extends createZodDto(loginResponseSchema) {}
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
  async login(@Body() body: LoginDto, @Ip() ip: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.auth.login(body, ip);
    void reply.setCookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.env.COOKIE_SECURE ?? false,
      path: '/',
      maxAge: SESSION_IDLE_MS / 1000,
    });
    return result;
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
}
