import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Histogram, type Registry } from 'prom-client';

// Requests and their latency per route pattern and status (docs/metrics.md). On every request,
// the intake path included, so it costs what it must and no more: the time is the one Fastify
// already keeps for each reply (reply.elapsedTime, started before the onRequest hooks), and each
// (method, route, status) finds its series in nested maps after its first request, so nothing is
// built per request but prom-client's own bookkeeping.

/** Seconds, from 1 ms to 10 s: a session check is a millisecond, a statewide export seconds. */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The one route label of requests that matched no route: their URLs are the caller's to choose. */
export const UNMATCHED = 'unmatched';

type Series = Histogram.Internal<'method' | 'route' | 'status'>;

export class HttpMetrics {
  private readonly histogram: Histogram<'method' | 'route' | 'status'>;
  private readonly series = new Map<string, Map<string, Map<number, Series>>>();

  constructor(registry: Registry) {
    this.histogram = new Histogram({
      name: 'cps_http_request_duration_seconds',
      help: 'Time from the request to the end of its response, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
  }

  /** Observes every response of `fastify` once it is sent (or the client went away). */
  install(fastify: FastifyInstance): void {
    fastify.addHook('onResponse', (request, reply, done) => {
      this.observe(request, reply);
      done();
    });
  }

  private observe(request: FastifyRequest, reply: FastifyReply): void {
    // The pattern (`/api/access-reports/:id`), never the URL: ids would be a series each, and a
    // URL may carry what a caller typed. Not-found answers come from Fastify's 404 route.
    // The web app's catch-all answers 404 for unknown /api paths: those are unmatched too.
    const pattern = request.is404 ? undefined : request.routeOptions.url;
    const route = pattern === undefined || (pattern === '/*' && reply.statusCode === 404) ? UNMATCHED : pattern;
    this.seriesOf(request.method, route, reply.statusCode).observe(reply.elapsedTime / 1000);
  }

  private seriesOf(method: string, route: string, status: number): Series {
    let byRoute = this.series.get(method);
    if (!byRoute) {
      byRoute = new Map();
      this.series.set(method, byRoute);
    }
    let byStatus = byRoute.get(route);
    if (!byStatus) {
      byStatus = new Map();
      byRoute.set(route, byStatus);
    }
    let series = byStatus.get(status);
    if (!series) {
      series = this.histogram.labels(method, route, String(status));
      byStatus.set(status, series);
    }
    return series;
  }
}
