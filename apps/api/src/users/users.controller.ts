import {
  createdUserSchema,
  createUserSchema,
  pageQuerySchema,
  passwordResetResponseSchema,
  updateUserSchema,
  userPageSchema,
  userSchema,
} from '@cps/domain';
import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Patch, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { UsersService } from './users.service';

class PageQueryDto extends createZodDto(pageQuerySchema) {}
class CreateUserDto extends createZodDto(createUserSchema) {}
class UpdateUserDto extends createZodDto(updateUserSchema) {}
class UserDto extends createZodDto(userSchema) {}
class UserPageDto extends createZodDto(userPageSchema) {}
class CreatedUserDto extends createZodDto(createdUserSchema) {}
class PasswordResetDto extends createZodDto(passwordResetResponseSchema) {}

/** Accounts, roles, counties and training records: state admins only. */
@ApiTags('Users')
@ApiBearerAuth()
@Roles('ADMIN')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  list(@Query() query: PageQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.users.list(query, { user, ip });
  }

  @Post()
  @ApiCreatedResponse({
    type: CreatedUserDto,
    description: 'The user, with a one-time setup link (72 hours) to hand to the person privately',
  })
  @ApiBadRequestResponse({ description: 'Invalid fields, or a `password`: an administrator never sets one' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async create(
    @Body() body: CreateUserDto,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.users.create(body, { user, ip }, key);
    void reply.status(result.status);
    return result.body;
  }

  @Post(':id/password-reset')
  @HttpCode(200)
  @ApiOkResponse({
    type: PasswordResetDto,
    description: "The user's sessions have ended and their password is void until they use the new setup link",
  })
  @ApiNotFoundResponse({ description: 'No such user' })
  resetPassword(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.users.resetPassword(id, { user, ip });
  }

  @Patch(':id')
  @ApiBody({ type: UpdateUserDto })
  @ApiOkResponse({ type: UserDto })
  update(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.users.update(id, body, { user, ip });
  }
}
