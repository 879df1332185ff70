import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarController } from './calendar.controller';
import { CalendarRepository } from './calendar.repository';
import { CalendarService } from './calendar.service';

/** The holidays the LE-12H clock skips. */
@Module({
  imports: [AuditModule],
  controllers: [CalendarController],
  providers: [CalendarService, CalendarRepository],
})
export class CalendarModule {}
