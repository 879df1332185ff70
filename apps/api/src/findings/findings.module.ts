import { Module } from '@nestjs/common';
import { AccessReportsModule } from '../access-reports/access-reports.module';
import { AuditModule } from '../audit/audit.module';
import { FindingsController } from './findings.controller';
import { FindingsService } from './findings.service';

/** Initial-assessment findings of the allegations of a screened-in report, written through the access report's repository. */
@Module({
  imports: [AuditModule, AccessReportsModule],
  controllers: [FindingsController],
  providers: [FindingsService],
})
export class FindingsModule {}
