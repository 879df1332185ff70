import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * helmet's headers (CSP, nosniff, frame and referrer policies, HSTS when asked) on every response,
 * from one helmet middleware built at start-up. @fastify/helmet, used before, built a new helmet
 * middleware on every request (parsing the CSP each time) from two hooks: about 4 % of the API's
 * CPU on the intake benchmark's create and submit (docs/benchmarks.md).
 */
export function securityHeaders(fastify: FastifyInstance, options: HelmetOptions): void {
  const apply = helmet(options);
  fastify.addHook('onRequest', (request, reply, done) => {
    apply(request.raw, reply.raw, () => done());
  });
}
