import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { type Env, repoRoot } from './common/env';
import { toErrorBody } from './common/error.filter';
import { createLogger, FrameworkAtDebug, PinoNestLogger, requestId } from './common/logging';
import { acceptOnlyJson, refuseBrokenText } from './common/request-input';
import { logRequests } from './common/request-log';
import { securityHeaders } from './common/security-headers';
import { buildOpenApiDocument } from './contract/openapi-document';
import { MetricsService } from './metrics/metrics.service';

export const BODY_LIMIT = 1024 * 1024;

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  upgradeInsecureRequests: null, // agencies may run it on plain HTTP inside their network
};

/** The whole HTTP application: API under /api, OpenAPI at /api/docs, the web app at /. */
export async function createApp(
  env: Env,
  options: { logger?: boolean; logTo?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT,
    trustProxy: env.TRUST_PROXY ?? false,
    genReqId: requestId,
    // No Express-style middleware here: Fastify's hooks do it all, without middie's pass per request.
    skipMiddie: true,
  });
  const logger = createLogger(env, options.logTo);
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(env), adapter, {
    bufferLogs: true,
    bodyParser: false, // ours: JSON only, depth-checked (common/request-input.ts)
    logger: options.logger === false ? false : undefined,
  });
  if (options.logger !== false) {
    app.useLogger(new FrameworkAtDebug(new PinoNestLogger(logger)));
    // Nest holds its lines until listen(); an app that is only init()ed (the tests) would never log.
    app.flushLogs();
  }
  app.setGlobalPrefix('api');

  await app.register(fastifyCookie);
  const fastify = app.getHttpAdapter().getInstance();
  app.get(MetricsService).http.install(fastify);
  logRequests(fastify, logger);
  securityHeaders(fastify, {
    contentSecurityPolicy: { directives: CSP },
    // HSTS only when the operator says the app is behind TLS: on plain HTTP inside an agency's
    // network it would make browsers refuse the app, and on localhost every other local app.
    strictTransportSecurity: env.COOKIE_SECURE === true ? { maxAge: 31536000, includeSubDomains: true } : false,
    // Not helmet's `no-referrer`: under it a same-origin POST carries `Origin: null` (Fetch
    // standard; Firefox does it), which the CSRF check must refuse. Other sites still get nothing.
    referrerPolicy: { policy: 'same-origin' },
  });
  acceptOnlyJson(fastify, BODY_LIMIT);
  refuseBrokenText(fastify);
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // Nothing the API answers may be kept by a browser or proxy: it names children and families.
    if (/^\/api(\/|\?|$)/.test(request.url)) reply.header('cache-control', 'no-store');
    // Swagger UI needs inline script and style; only its own pages get that allowance.
    if (request.url.startsWith('/api/docs')) {
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
      );
    }
  });

  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  await serveWebApp(app);
  return app;
}

/** The built React app, with index.html for every client-side route. */
async function serveWebApp(app: NestFastifyApplication): Promise<void> {
  const root = path.join(repoRoot(), 'apps/web/dist');
  const fastify = app.getHttpAdapter().getInstance();
  const index = path.join(root, 'index.html');
  if (!fs.existsSync(index)) return;
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    setHeaders: (res, file) => {
      void res.header(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const html = fs.readFileSync(index);
  fastify.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return reply
        .status(404)
        .send(toErrorBody({ statusCode: 404, message: `No route GET ${request.url.split('?')[0]}` }));
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  });
  fastify.get('/', async (_request, reply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html),
  );
}
