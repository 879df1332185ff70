import { Injectable, Logger } from '@nestjs/common';
import { Registry } from 'prom-client';
import { PrismaService } from '../common/prisma.service';
import { AgencyCountsRepository } from './agency-counts.repository';
import { AgencyMetrics } from './agency-metrics';
import { HttpMetrics } from './http-metrics';
import { registerPoolMetrics } from './pool-metrics';
import { processRegistry } from './process-metrics';

const logger = new Logger('Metrics');

/** The app's metrics (docs/metrics.md): this app's registry, and the process's beside it. */
@Injectable()
export class MetricsService {
  readonly contentType = Registry.PROMETHEUS_CONTENT_TYPE;
  readonly http: HttpMetrics;
  private readonly registry = new Registry();
  private readonly agency: AgencyMetrics;
  /** Scrapes at the same moment share one agency query. */
  private scraping: Promise<string> | null = null;

  constructor(
    prisma: PrismaService,
    private readonly counts: AgencyCountsRepository,
  ) {
    this.http = new HttpMetrics(this.registry);
    this.agency = new AgencyMetrics(this.registry);
    registerPoolMetrics(this.registry, prisma.pool);
  }

  /** The Prometheus text of every metric, the agency counts read now. */
  scrape(): Promise<string> {
    if (!this.scraping) {
      this.scraping = this.collect().finally(() => {
        this.scraping = null;
      });
    }
    return this.scraping;
  }

  private async collect(): Promise<string> {
    try {
      this.agency.set(await this.counts.counts(new Date()));
    } catch (error) {
      // A scrape during an outage still answers: the process and pool metrics say most about it.
      logger.warn(`agency counts: ${error instanceof Error ? error.message : String(error)}`);
      this.agency.failed();
    }
    const [own, process] = await Promise.all([this.registry.metrics(), processRegistry().metrics()]);
    return own + process;
  }
}
