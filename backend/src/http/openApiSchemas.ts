import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod';

type JsonSchema = Record<string, unknown>;

/**
 * Turns zod schemas into the document's JSON Schemas. A schema named with `.meta({ id })`
 * (CaseState, CaseEvent…) is put under components/schemas once and referenced, instead of
 * being copied into each of the operations that answer with it.
 */
export const openApiSchemas = () => {
  const components: Record<string, JsonSchema> = {};
  const toComponentRefs = (json: unknown): JsonSchema =>
    JSON.parse(
      JSON.stringify(json).replaceAll('"#/$defs/', '"#/components/schemas/'),
    ) as JsonSchema;

  const convert = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
    const {
      $schema: _dialect,
      $defs,
      ...json
    } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    for (const [id, definition] of Object.entries($defs ?? {})) {
      const component = toComponentRefs(definition);
      if (components[id] && !isDeepStrictEqual(components[id], component)) {
        throw new Error(`Two different schemas are named ${id}: give each its own id.`);
      }
      components[id] = component;
    }
    return toComponentRefs(json);
  };

  return { components, convert };
};
