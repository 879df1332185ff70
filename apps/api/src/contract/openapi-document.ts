import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { z } from 'zod';
import { SESSION_COOKIE } from '../auth/session-token';
import { API_CONTRACT, type ApiContractSpec, type ContractResponse } from './api-contract.decorator';
import { componentSchemas, refTo } from './components';
import { queryParameters, type SchemaObject, toOpenApiSchema } from './json-schema';

const errorWords: Record<number, string> = {
  400: 'Malformed or invalid input: `issues` names each field',
  401: 'Not signed in, or the session has ended',
  403: 'The role may not do this, or a change signed in by cookie came from another site (CSRF)',
  404: 'Not found, or in another county (its existence is not revealed)',
  409: 'A stale version, the wrong lifecycle state, or an Idempotency-Key reused with another body',
  413: 'The body is larger than 1 MiB',
  415: 'The body is not application/json',
  422: 'A domain rule refuses it: `rule` names the rule, `path` the field',
  429: 'Too many failed sign-ins for this email: wait and try again',
  503: 'The database is not reachable, or a concurrent change got in the way: nothing was saved, try again',
};

const security = [{ bearer: [] }, { cookie: [] }];

type Operation = { operationId?: string; summary?: string; description?: string; tags?: string[] } & SchemaObject;

/** The served OpenAPI 3.0 document: paths from the Nest routes, everything else from their @ApiContract. */
export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('CPS Access: child sex trafficking intake and screening')
    .setDescription(
      'The HTTP contract of the API. Sign in with POST /api/auth/login, then send the token as an opaque ' +
        'Bearer token (scripts, other systems), or let a browser send the session cookie it set. ' +
        'Every error has the shape of ApiError.',
    )
    .setVersion('1')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const contracts = contractsByOperationId(app);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      const spec = operation.operationId ? contracts.get(operation.operationId) : undefined;
      if (!spec) throw new Error(`${method.toUpperCase()} ${path} has no @ApiContract: document it`);
      (item as Record<string, Operation>)[method] = operationOf(path, operation, spec);
    }
  }
  document.components = {
    schemas: componentSchemas(),
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description: 'The opaque token of POST /api/auth/login or /api/auth/setup (not a JWT)',
      },
      cookie: {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'The session cookie a browser gets at sign-in; changes must come from the app’s own origin',
      },
    },
  };
  return document;
}

/** `ControllerName_method` (Swagger's operation ids) → the route's contract. */
function contractsByOperationId(app: NestFastifyApplication): Map<string, ApiContractSpec> {
  const found = new Map<string, ApiContractSpec>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const prototype = (wrapper.metatype as { prototype?: object } | null)?.prototype;
      if (!prototype) continue;
      for (const name of Object.getOwnPropertyNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name];
        if (typeof handler !== 'function') continue;
        const spec = Reflect.getMetadata(API_CONTRACT, handler) as ApiContractSpec | undefined;
        if (spec) found.set(`${wrapper.name}_${name}`, spec);
      }
    }
  }
  return found;
}

function operationOf(path: string, generated: Operation, spec: ApiContractSpec): Operation {
  const parameters = [
    ...pathParameters(path, spec),
    ...(spec.query ? queryParameters(spec.query).map((p) => noted(p, spec.queryNotes)) : []),
    ...(spec.idempotent
      ? [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            description: 'A repeat with the same key and body returns the first response and creates nothing',
            schema: { type: 'string', maxLength: 200 },
          },
        ]
      : []),
  ];
  const errors = new Set<number>([...(spec.errors ?? []), 503]);
  if (!spec.public) errors.add(401);
  if (spec.body) for (const status of [400, 413, 415]) errors.add(status);
  if (spec.query || spec.path) errors.add(400);
  const responses: Record<string, unknown> = {};
  for (const [status, response] of Object.entries(spec.responses)) responses[status] = responseOf(response);
  for (const status of [...errors].sort((a, b) => a - b)) {
    responses[String(status)] = {
      description: errorWords[status],
      content: { 'application/json': { schema: refTo('ApiError') } },
    };
  }
  return {
    operationId: generated.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    ...(generated.tags ? { tags: generated.tags } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(spec.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: refTo(spec.body) } } } }
      : {}),
    responses,
    ...(spec.public ? {} : { security }),
  };
}

function pathParameters(path: string, spec: ApiContractSpec): SchemaObject[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map(([, name = '']) => {
    const field = spec.path?.shape[name] as z.ZodType | undefined;
    return {
      name,
      in: 'path',
      required: true,
      schema: field ? toOpenApiSchema(field, 'output') : { type: 'string' },
    };
  });
}

function noted(parameter: SchemaObject, notes: ApiContractSpec['queryNotes']): SchemaObject {
  const note = notes?.[String(parameter.name)];
  return note ? { ...parameter, ...note } : parameter;
}

function responseOf({ description, schema }: ContractResponse): SchemaObject {
  if (!schema) return { description };
  if (schema === 'csv') return { description, content: { 'text/csv': { schema: { type: 'string' } } } };
  return { description, content: { 'application/json': { schema: refTo(schema) } } };
}
