import fs from 'node:fs';
import path from 'node:path';
import { createTestApp, type TestContext } from '../../test/test-app';
import { type OpenApiDocument, operationsOf, validateOpenApi } from './testing/openapi-check';

let ctx: TestContext;
let doc: OpenApiDocument;
beforeAll(async () => {
  ctx = await createTestApp();
  doc = (await ctx.http().get('/api/docs-json').expect(200)).body;
});
afterAll(() => ctx.close());

/** Every value of the document at any depth, with the key it sits under. */
function* entries(value: unknown, key = ''): Generator<[string, unknown]> {
  yield [key, value];
  if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* entries(v, k);
}

describe('the served document', () => {
  it('is valid OpenAPI 3.0 by the specification’s own JSON schema, every $ref resolving', async () => {
    expect(doc.openapi).toMatch(/^3\.0\./);
    const result = await validateOpenApi(doc);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('has no arrays of types (OpenAPI 3.0 has none) and no leftovers of nestjs-zod', () => {
    const types = [...entries(doc)].filter(([k, v]) => k === 'type' && Array.isArray(v));
    expect(types).toEqual([]);
    expect(Object.keys(doc.components.schemas).filter((name) => name.endsWith('Dto'))).toEqual([]);
  });

  it('documents every operation: a summary, each status with its schema, the error shape, the security', () => {
    const operations = operationsOf(doc);
    expect(operations.length).toBeGreaterThanOrEqual(30);
    for (const { method, path, operation } of operations) {
      const where = `${method.toUpperCase()} ${path}`;
      expect([where, typeof operation.summary]).toEqual([where, 'string']);
      const statuses = Object.keys(operation.responses);
      expect([where, statuses.some((s) => s.startsWith('2'))]).toEqual([where, true]);
      for (const status of statuses.filter((s) => Number(s) >= 400 && path !== '/api/health')) {
        expect([where, status, operation.responses[status]?.content?.['application/json']?.schema]).toEqual([
          where,
          status,
          { $ref: '#/components/schemas/ApiError' },
        ]);
      }
      const isPublic = ['/api/health', '/api/auth/login', '/api/auth/setup'].includes(path);
      expect([where, operation.security]).toEqual([where, isPublic ? undefined : [{ bearer: [] }, { cookie: [] }]]);
      if (!isPublic) expect([where, statuses]).toEqual([where, expect.arrayContaining(['401', '503'])]);
      if (operation.requestBody)
        expect([where, statuses]).toEqual([where, expect.arrayContaining(['400', '413', '415'])]);
    }
    expect(doc.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      cookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'cps_session' }),
    });
  });

  it('names the statuses each change can answer: 404, 409 and 422 where docs/http-api.md says so', () => {
    const submit = doc.paths['/api/access-reports/{id}/submit']?.post;
    expect(Object.keys(submit?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409', '413', '415', '422']),
    );
    expect(Object.keys(doc.paths['/api/auth/login']?.post?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '401', '429']),
    );
    const create = doc.paths['/api/access-reports']?.post;
    expect(create?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(['header:Idempotency-Key']);
    expect(Object.keys(create?.responses ?? {})).toEqual(expect.arrayContaining(['201', '409']));
  });

  it('documents the list filters and pages as query parameters', () => {
    const names = (path: string) =>
      (doc.paths[path]?.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
    expect(names('/api/access-reports')).toEqual([
      'status',
      'assignedTo',
      'from',
      'to',
      'q',
      'openClock',
      'sort',
      'page',
      'pageSize',
    ]);
    expect(names('/api/users')).toEqual(['page', 'pageSize']);
    expect(names('/api/audit-events')).toEqual(
      expect.arrayContaining(['entityId', 'userId', 'reportId', 'reportNumber', 'action', 'from', 'to', 'page']),
    );
    expect(names('/api/persons/search')).toEqual(['lastName', 'firstName', 'dateOfBirth']);
    expect(names('/api/calendar/holidays')).toEqual(['year']);
    const lastName = doc.paths['/api/persons/search']?.get?.parameters?.find((p) => p.name === 'lastName');
    expect(lastName?.required).toBe(true);
    const status = doc.paths['/api/access-reports']?.get?.parameters?.find((p) => p.name === 'status');
    expect(status).toMatchObject({
      required: false,
      schema: { type: 'string', enum: expect.arrayContaining(['DRAFT']) },
    });
    const listParameter = (name: string) =>
      doc.paths['/api/access-reports']?.get?.parameters?.find((p) => p.name === name);
    expect(listParameter('openClock')).toMatchObject({ required: false, schema: { enum: ['true', 'false'] } });
    expect(listParameter('sort')).toMatchObject({ required: false, schema: { enum: ['newest', 'urgency'] } });
    expect(listParameter('q')).toMatchObject({ required: false, schema: { type: 'string', maxLength: 100 } });
  });

  it('types the body of docs/http-api.md: presentDangerThreat a boolean, dates strings with a format, nullable', () => {
    const schemas = doc.components.schemas as Record<string, { properties: Record<string, unknown> }>;
    expect(schemas.DraftRequest?.properties.presentDangerThreat).toEqual({ type: 'boolean', nullable: true });
    expect(schemas.AccessReport?.properties.receivedAt).toMatchObject({
      type: 'string',
      format: 'date-time',
      nullable: true,
    });
    expect(schemas.User?.properties.sexTraffickingTrainingCompletedOn).toMatchObject({
      type: 'string',
      format: 'date',
      nullable: true,
    });
    for (const name of ['AccessReport', 'ReportPage', 'PersonMatchList', 'AccessLog', 'AuditEventPage', 'UserPage'])
      expect(schemas).toHaveProperty([name]);
  });
});

describe('docs/http-api.md', () => {
  // The contract in words keeps step with the served one: every operation is on the page, written
  // as its method and path (`GET /api/access-reports/:id`).
  it('names every operation of the served document', () => {
    const page = fs.readFileSync(path.resolve(__dirname, '../../../../docs/http-api.md'), 'utf8');
    const missing = operationsOf(doc)
      .map(({ method, path: route }) => `${method.toUpperCase()} ${route.replace(/\{(\w+)\}/g, ':$1')}`)
      .filter((operation) => !page.includes(operation));
    expect(missing).toEqual([]);
  });
});
