import { holidayDateParamSchema, holidayListSchema, holidaySchema, holidayYearQuerySchema } from '@cps/domain';
import { Body, Controller, Delete, Get, Headers, HttpCode, Ip, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { createZodDto } from 'nestjs-zod';
import { CurrentUser, Roles, type SessionUser } from '../common/auth.decorators';
import { CalendarService } from './calendar.service';

class HolidayDto extends createZodDto(holidaySchema) {}
class HolidayListDto extends createZodDto(holidayListSchema) {}
class HolidayYearQueryDto extends createZodDto(holidayYearQuerySchema) {}
class HolidayDateParamDto extends createZodDto(holidayDateParamSchema) {}

/** The holidays the LE-12H clock skips: every signed-in user reads them (the browser runs the clocks); admins change them. */
@ApiTags('Calendar')
@ApiBearerAuth()
@Controller('calendar/holidays')
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get()
  @ApiOkResponse({ type: HolidayListDto })
  list(@Query() query: HolidayYearQueryDto) {
    return this.calendar.list(query.year);
  }

  @Post()
  @Roles('ADMIN')
  @ApiCreatedResponse({ type: HolidayDto })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
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
  @ApiNoContentResponse()
  async delete(@Param() params: HolidayDateParamDto, @CurrentUser() user: SessionUser, @Ip() ip: string) {
    await this.calendar.delete(params.date, { user, ip });
  }
}
