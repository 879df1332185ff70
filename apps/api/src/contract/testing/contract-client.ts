import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { TestContext } from '../../../test/test-app';
import { type OpenApiDocument, type Operation, operationFor, type Parameter, type Schema } from './openapi-check';

// An outside client that trusts nothing but the served document: every request it sends and every
// response it gets is checked against the document's schemas. Responses are read strictly (no field
// the document does not name), requests as the document allows them.

export type Call = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  /** The request breaks the document on purpose (to see a 400, 413 or 415): only the answer is checked. */
  breaksContract?: true;
};
export type Answer = { status: number; body: unknown; text: string; headers: Record<string, string> };

const DOC_ID = 'served-document';

/** `#/components/…` refs point into the document loaded under DOC_ID; `strict` closes every object. */
function prepared(value: unknown, strict: boolean): unknown {
  if (Array.isArray(value)) return value.map((v) => prepared(v, strict));
  if (!value || typeof value !== 'object') return value;
  const out: Schema = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = key === '$ref' && typeof inner === 'string' ? `${DOC_ID}${inner}` : prepared(inner, strict);
  }
  if (strict && out.type === 'object' && out.properties && out.additionalProperties === undefined)
    out.additionalProperties = false;
  return out;
}

function validatorFor(doc: OpenApiDocument, strict: boolean, coerceTypes = false): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes });
  addFormats(ajv);
  ajv.addSchema({ $id: DOC_ID, components: prepared(doc.components, strict) });
  return ajv;
}

export class ContractClient {
  /** "METHOD /path/{template} status", for each answer the document was asked about. */
  readonly seen = new Set<string>();
  private readonly responses: Ajv;
  private readonly requests: Ajv;
  private readonly params: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(
    private readonly ctx: TestContext,
    readonly doc: OpenApiDocument,
  ) {
    this.responses = validatorFor(doc, true);
    this.requests = validatorFor(doc, false);
    this.params = validatorFor(doc, false, true);
  }

  private check(ajv: Ajv, schema: Schema, value: unknown, what: string): void {
    const key = `${what}:${JSON.stringify(schema)}`;
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = ajv.compile(prepared(schema, false) as Schema);
      this.compiled.set(key, validate);
    }
    if (!validate(value)) {
      throw new Error(`${what} does not match the document: ${JSON.stringify(validate.errors, null, 1)}`);
    }
  }

  private checkParameters(where: string, parameters: Parameter[], call: Call): void {
    const query = call.query ?? {};
    const headers = Object.fromEntries(Object.entries(call.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
    for (const name of Object.keys(query)) {
      if (!parameters.some((p) => p.in === 'query' && p.name === name))
        throw new Error(`${where}: the document has no query parameter ${name}`);
    }
    for (const p of parameters.filter((p) => p.in === 'query' || p.in === 'header')) {
      const value = p.in === 'query' ? query[p.name] : headers[p.name.toLowerCase()];
      if (value === undefined) {
        if (p.required) throw new Error(`${where}: ${p.in} parameter ${p.name} is required`);
        continue;
      }
      // Parameters travel as text: coerced to the schema's type, as a generated client would write them.
      this.check(this.params, p.schema ?? {}, { value }, `${where} ${p.in} parameter ${p.name}`);
    }
  }

  private checkRequest(where: string, operation: Operation, call: Call): void {
    const parameters = (operation.parameters ?? []).map((p) => ({
      ...p,
      schema: { type: 'object', properties: { value: p.schema ?? {} } },
    }));
    this.checkParameters(where, parameters, call);
    if (call.body !== undefined) {
      const schema = operation.requestBody?.content['application/json']?.schema;
      if (!schema) throw new Error(`${where}: the document takes no JSON body`);
      this.check(this.requests, schema, call.body, `${where} request body`);
    } else if (operation.requestBody?.required) {
      throw new Error(`${where}: the document requires a body`);
    }
  }

  async send(call: Call): Promise<Answer> {
    const found = operationFor(this.doc, call.method, call.url);
    if (!found) throw new Error(`The document has no ${call.method} ${call.url}`);
    const { path, operation } = found;
    const where = `${call.method} ${path}`;
    if (!call.breaksContract) this.checkRequest(where, operation, call);
    let request = this.ctx.http()[call.method.toLowerCase() as 'get'](call.url);
    if (call.query) request = request.query(call.query);
    for (const [name, value] of Object.entries(call.headers ?? {})) request = request.set(name, value);
    const res = call.body === undefined ? await request : await request.send(call.body as object);
    const status = String(res.status);
    const documented = operation.responses[status];
    if (!documented) throw new Error(`${where} answered ${status}, which the document does not name`);
    this.seen.add(`${where} ${status}`);
    const type = String(res.headers['content-type'] ?? '').split(';')[0] ?? '';
    if (documented.content) {
      const media = documented.content[type];
      if (!media) throw new Error(`${where} ${status} answered ${type}, not ${Object.keys(documented.content)}`);
      const body = type === 'application/json' ? res.body : res.text;
      this.check(this.responses, media.schema, body, `${where} ${status} response`);
    } else if (res.text) {
      throw new Error(`${where} ${status} has a body the document does not describe`);
    }
    return { status: res.status, body: res.body, text: res.text, headers: res.headers as Record<string, string> };
  }
}
