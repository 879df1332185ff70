import { holidayDateParamSchema, holidaySchema, holidayYearQuerySchema } from '@cps/domain';
import { Body, Controller, Delete, Get, Headers, HttpCode, Ip, Param, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { ApiContract } from '../contract/api-contract.decorator';
import { CalendarService } from './calendar.service';

class HolidayDto extends createZodDto(holidaySchema) {}
class HolidayYearQueryDto extends createZodDto(holidayYearQuerySchema) {}
class HolidayDateParamDto extends createZodDto(holidayDateParamSchema) {}

/** The holidays the LE-12H clock skips: every signed-in user reads them (the browser runs the clocks); admins change them. */
@ApiTags('Calendar')
@Controller('calendar/holidays')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiContract({
    summary: 'The holidays of a year (every signed-in user: the browser runs the clocks)',
    query: holidayYearQuerySchema,
    queryNotes: { year: { description: 'The year, like 2018; all years when absent' } },
    responses: { 200: { description: '[{ date, name }]', schema: 'HolidayList' } },
  })
  list(@Query() query: HolidayYearQueryDto) {
    return this.calendar.list(query.year);
  }

  @Post()
  @Roles('ADMIN')
  @ApiContract({
    summary: 'Add a holiday (an existing date: 409)',
    body: 'HolidayRequest',
    idempotent: true,
    responses: { 201: { description: 'The holiday', schema: 'Holiday' } },
    errors: [403, 409],
  })
  async create(
    @Body() body: HolidayDto,
    @CurrentUser() user: SessionUser,
    @Ip() ip: string,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.calendar.create(body, { user, ip }, key);
    void reply.status(result.status);
    return result.body;
  }

  @Delete(':date')
  @Roles('ADMIN')
  @HttpCode(204)
  @ApiContract({
    summary: 'Remove a holiday',
    path: holidayDateParamSchema,
    responses: { 204: { description: 'Removed' } },
    errors: [403, 404],
  })
  async delete(@Param() params: HolidayDateParamDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    await this.calendar.delete(params.date, { user, ip });
  }
}
