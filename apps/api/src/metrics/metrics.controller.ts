import { Controller, Get, Res, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/auth.decorators';
import { MetricsService } from './metrics.service';
import { MetricsAccessGuard } from './metrics-access.guard';

/**
 * GET /api/metrics for Prometheus (docs/metrics.md). Public to the sign-in guard, which it does not
 * pass (a scraper has no session), and guarded by its own check: loopback, or METRICS_TOKEN. Not
 * in the OpenAPI document: it is the operator's scrape endpoint, not part of the API's contract.
 */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: MetricsService) {}

  @Public()
  @UseGuards(MetricsAccessGuard)
  @Get()
  async scrape(@Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const text = await this.metrics.scrape();
    void reply.type(this.metrics.contentType);
    return text;
  }
}
