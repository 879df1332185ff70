import { z } from 'zod';

/** An OpenAPI 3.0 Schema Object, as plain JSON. */
export type SchemaObject = { [key: string]: unknown };

/**
 * A zod schema of @cps/domain as an OpenAPI 3.0 schema: `nullable: true` beside one `type`, never
 * an array of types (3.0 has none). `io: 'input'` for what a client sends (defaults make a field
 * optional), `'output'` for what the API answers. Responses do not close their objects: docs/http-api.md lets
 * the API add fields, so a client generated from the document must not refuse them.
 */
export function toOpenApiSchema(schema: z.ZodType, io: 'input' | 'output'): SchemaObject {
  const json = z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as SchemaObject;
  return clean(json, io) as SchemaObject;
}

function clean(value: unknown, io: 'input' | 'output'): unknown {
  if (Array.isArray(value)) return value.map((v) => clean(v, io));
  if (value === null || typeof value !== 'object') return value;
  const out: SchemaObject = {};
  for (const [key, inner] of Object.entries(value)) {
    // `$schema` and `$id` are JSON Schema's, not OpenAPI 3.0's; a closed object is dropped (above).
    if (key === '$schema' || key === '$id' || (key === 'additionalProperties' && inner === false)) continue;
    out[key] = clean(inner, io);
  }
  // OpenAPI 3.0.3: `nullable` does not widen an `enum`; a nullable code list names null itself.
  if (out.nullable === true && Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
  // Generated clients read a `default` as "always present" (openapi-typescript does): in what a
  // client sends, the API's default for a field left out is said in words instead.
  if (io === 'input' && 'default' in out) {
    const { default: given, ...rest } = out;
    const words = `Left out: ${JSON.stringify(given)}.`;
    return { ...rest, description: rest.description ? `${rest.description} ${words}` : words };
  }
  return out;
}

/** The fields of a query object, one OpenAPI parameter each, `required` when absence fails the schema. */
export function queryParameters(schema: z.ZodObject): SchemaObject[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const zodField = field as z.ZodType;
    const description = zodField.description;
    return {
      name,
      in: 'query',
      required: !zodField.safeParse(undefined).success,
      schema: toOpenApiSchema(zodField, 'output'),
      ...(description ? { description } : {}),
    };
  });
}
