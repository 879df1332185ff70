import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PersonsController } from './persons.controller';
import { PersonsRepository } from './persons.repository';
import { PersonsService } from './persons.service';

/** The statewide person search, before a child or adult is added to a report. */
@Module({
  imports: [AuditModule],
  controllers: [PersonsController],
  providers: [PersonsService, PersonsRepository],
})
export class PersonsModule {}
