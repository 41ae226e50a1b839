// zod → JSON Schema (2020-12, the dialect of OpenAPI 3.1) for the document: parameters as their parsed value,
// components with $refs between them, minus the noise zod adds ($id, $schema, safe-integer bounds).
import { z } from 'zod';

export type JsonSchema = Record<string, unknown>;

const SAFE = Number.MAX_SAFE_INTEGER;

/** Drops what OpenAPI does not want inside a component and the ±2^53 bounds zod gives every integer. */
function tidy(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(tidy);
  if (typeof schema !== 'object' || schema === null) return schema;
  const entries = Object.entries(schema)
    .filter(
      ([key, value]) =>
        key !== '$id' &&
        key !== '$schema' &&
        !((key === 'minimum' || key === 'maximum') && Math.abs(Number(value)) === SAFE),
    )
    .map(([key, value]) => [key, tidy(value)]);
  return Object.fromEntries(entries);
}

/**
 * A query parameter as its parsed value (an integer, a list of codes), since that is what it means; where code
 * computes the value (a transform), what it accepts instead (e.g. `nursery:2`, `true`).
 */
export function parameterSchema(schema: z.ZodType): JsonSchema {
  return tidy(
    z.toJSONSchema(schema, {
      io: 'output',
      unrepresentable: 'any',
      override: (ctx) => {
        const def = ctx.zodSchema._zod.def;
        const computed = Object.keys(ctx.jsonSchema).every((key) => key === '$schema');
        if (def.type === 'pipe' && computed)
          Object.assign(ctx.jsonSchema, tidy(z.toJSONSchema(def.in, { io: 'input' })));
      },
    }),
  ) as JsonSchema;
}

/** Named schemas with $refs to #/components/schemas/<name> between them. */
export function componentSchemas(named: Record<string, z.ZodType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { io, uri: (id) => `#/components/schemas/${id}` });
  return tidy(schemas) as Record<string, JsonSchema>;
}
