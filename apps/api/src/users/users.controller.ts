import { createUserSchema, pageQuerySchema } from '@cps/domain';
import { Body, Controller, Get, Headers, HttpCode, Ip, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { UsersService } from './users.service';

class PageQueryDto extends createZodDto(pageQuerySchema) {}
class CreateUserDto extends createZodDto(createUserSchema) {}

/** Accounts, roles, counties and training records: state admins only. */
@ApiTags('Users')
@Roles('ADMIN')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiContract({
    summary: 'Users, a page at a time',
    query: pageQuerySchema,
    responses: { 200: { description: '{ items: users, total }', schema: 'UserPage' } },
    errors: [403],
  })
  list(@Query() query: PageQueryDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.users.list(query, { user, ip });
  }

  @Post()
  @ApiContract({
    summary: 'Create a user; a `password` is refused (400): the person chooses their own with the setup link',
    body: 'CreateUserRequest',
    idempotent: true,
    responses: {
      201: {
        description: 'Created: the user, with a one-time setup link (72 hours) to hand to the person privately',
        schema: 'CreatedUser',
      },
    },
    errors: [403, 409],
  })
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
  @ApiContract({
    summary: "Reset a user's password: a new setup link",
    responses: {
      200: {
        description: "The user's sessions have ended and their password is void until they use the new setup link",
        schema: 'PasswordReset',
      },
    },
    errors: [403, 404],
  })
  resetPassword(@Param('id') id: string, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.users.resetPassword(id, { user, ip });
  }

  @Patch(':id')
  @ApiContract({
    summary: "Change a user's name, role, county, training date or active flag",
    description: "Deactivation, and a change of role or county, end the user's sessions at once",
    body: 'UpdateUserRequest',
    responses: { 200: { description: 'The user', schema: 'User' } },
    errors: [403, 404, 409],
  })
  update(@Param('id') id: string, @Body() body: unknown, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    return this.users.update(id, body, { user, ip });
  }
}
