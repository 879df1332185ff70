import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ReferenceModule } from '../reference/reference.module';
import { ComplianceRepository } from './compliance.repository';
import { ComplianceHorizon } from './compliance-horizon';
import { SexTraffickingRepository } from './sex-trafficking.repository';
import { StatisticsController } from './statistics.controller';
import { StatisticsService } from './statistics.service';

/** The DCF child sex trafficking tables and the compliance clocks, under /api/reports. */
@Module({
  imports: [AuditModule, ReferenceModule],
  controllers: [StatisticsController],
  providers: [StatisticsService, SexTraffickingRepository, ComplianceRepository, ComplianceHorizon],
})
export class StatisticsModule {}
