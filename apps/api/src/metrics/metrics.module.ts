import { Module } from '@nestjs/common';
import { AgencyCountsRepository } from './agency-counts.repository';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { MetricsAccessGuard } from './metrics-access.guard';

/** GET /api/metrics; create-app.ts hooks MetricsService.http into every request. */
@Module({
  controllers: [MetricsController],
  providers: [MetricsService, AgencyCountsRepository, MetricsAccessGuard],
  exports: [MetricsService],
})
export class MetricsModule {}
