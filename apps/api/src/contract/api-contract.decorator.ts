import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiOperation } from '@nestjs/swagger';
import type { z } from 'zod';
import type { ComponentName } from './components';

export const API_CONTRACT = 'cps:api-contract';

/** Statuses of the one error shape (docs/http-api.md, "Errors") a route may answer besides those every route can. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429;

export type ContractResponse = { description: string; schema?: ComponentName | 'csv' };

export type ApiContractSpec = {
  summary: string;
  description?: string;
  /** No sign-in: no security requirement and no 401. */
  public?: true;
  body?: ComponentName;
  query?: z.ZodObject;
  /** Words, or a schema, for query parameters whose zod schema says too little (a flag read from text, …). */
  queryNotes?: Record<string, { description?: string; schema?: Record<string, unknown> }>;
  /** Path parameters with more than "a string" to say; the others are opaque ids. */
  path?: z.ZodObject;
  /** The route takes an `Idempotency-Key` header (docs/http-api.md, "POST that creates"). */
  idempotent?: true;
  /** The success statuses and what each carries. */
  responses: Record<number, ContractResponse>;
  /** 401 (unless public), 503 and, with a body, 400, 413 and 415 are added: every such route can answer them. */
  errors?: ErrorStatus[];
};

/**
 * The route's whole contract, from the zod schemas of @cps/domain: request body, query and path
 * parameters, each status with its schema, security. The served document is built from it
 * (openapi-document.ts), not from parameter types, so what a client generates is what the API does.
 */
export const ApiContract = (spec: ApiContractSpec) =>
  applyDecorators(
    ApiOperation({ summary: spec.summary, ...(spec.description ? { description: spec.description } : {}) }),
    SetMetadata(API_CONTRACT, spec),
  );
