// The served document as an outside client reads it: its operations, and whether it is valid OpenAPI.

export type Schema = { [key: string]: unknown };
export type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; description?: string };
export type Response = { description: string; content?: Record<string, { schema: Schema }> };
export type Operation = {
  operationId?: string;
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
  responses: Record<string, Response>;
  security?: Record<string, string[]>[];
};
export type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; securitySchemes?: Record<string, Schema> };
};

export type Located = { method: string; path: string; operation: Operation };

export function operationsOf(doc: OpenApiDocument): Located[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => ({ method, path, operation })),
  );
}

/** The operation a concrete request reaches: `/api/access-reports/1b…/submit` → `/api/access-reports/{id}/submit`. */
export function operationFor(doc: OpenApiDocument, method: string, url: string): Located | undefined {
  const path = url.split('?')[0] ?? url;
  const candidates = operationsOf(doc).filter((o) => o.method === method.toLowerCase());
  const exact = candidates.find((o) => o.path === path);
  if (exact) return exact;
  return candidates.find((o) => {
    const pattern = new RegExp(`^${o.path.replace(/[.]/g, '\\.').replace(/\{[^}]+\}/g, '[^/]+')}$`);
    return pattern.test(path);
  });
}

function* refsOf(value: unknown): Generator<string> {
  if (Array.isArray(value)) for (const v of value) yield* refsOf(v);
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') yield inner;
      else yield* refsOf(inner);
    }
  }
}

function resolves(doc: unknown, ref: string): boolean {
  if (!ref.startsWith('#/')) return false;
  let at: unknown = doc;
  for (const part of ref.slice(2).split('/')) {
    if (!at || typeof at !== 'object' || !(part in at)) return false;
    at = (at as Record<string, unknown>)[part];
  }
  return true;
}

/** By the OpenAPI specification's own JSON schema (an npm validator), plus every local `$ref` resolving. */
export async function validateOpenApi(doc: OpenApiDocument): Promise<{ valid: boolean; errors: unknown[] }> {
  const { Validator } = await import('@seriousme/openapi-schema-validator');
  const validator = new Validator();
  const result = await validator.validate(structuredClone(doc) as never);
  const dangling = [...new Set(refsOf(doc))].filter((ref) => !resolves(doc, ref)).map((ref) => `dangling ${ref}`);
  const errors = [
    ...(Array.isArray(result.errors) ? result.errors : result.errors ? [result.errors] : []),
    ...dangling,
  ];
  return { valid: result.valid && dangling.length === 0, errors };
}
