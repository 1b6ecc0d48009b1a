import * as z from 'zod';

// Checks an answer against the schema /api/openapi.json gives for it, so every API test
// also proves the document describes what the server really sends. A field the schema
// does not have fails too: the response schemas are closed objects.

interface Operation {
  readonly responses: Record<
    string,
    { readonly content?: Record<string, { readonly schema: Record<string, unknown> }> }
  >;
}

interface Document {
  readonly paths: Record<string, Record<string, Operation>>;
  readonly components: { readonly schemas: Record<string, unknown> };
}

const toLocalRefs = <T>(json: T): T =>
  JSON.parse(JSON.stringify(json).replaceAll('"#/components/schemas/', '"#/$defs/')) as T;

/**
 * `check(method, path, status, body)` throws when a success answer of a documented
 * operation does not match its documented schema. Problems (4xx, 5xx) are not checked.
 */
export const documentedResponses = (document: Document) => {
  const $defs = toLocalRefs(document.components.schemas);
  // Literal paths first, so /api/cases/disputes is not taken for /api/cases/{caseId}.
  const operations = Object.entries(document.paths)
    .flatMap(([template, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        method: method.toUpperCase(),
        template,
        pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
        parameters: template.split('{').length - 1,
        operation,
      })),
    )
    .sort((a, b) => a.parameters - b.parameters);
  const validators = new Map<string, z.ZodType>();

  const validatorFor = (key: string, schema: Record<string, unknown>) => {
    let validator = validators.get(key);
    if (!validator) {
      validator = z.fromJSONSchema({
        ...toLocalRefs(schema),
        $defs,
      } as z.core.JSONSchema.JSONSchema);
      validators.set(key, validator);
    }
    return validator;
  };

  return (method: string, path: string, status: number, body: unknown): void => {
    if (status < 200 || status > 299) return;
    const pathname = path.split('?')[0]!;
    const found = operations.find(
      (candidate) => candidate.method === method && candidate.pattern.test(pathname),
    );
    if (!found) return; // Not an API operation (the document itself).
    const where = `${method} ${found.template} → ${status}`;
    const response = found.operation.responses[String(status)];
    if (!response) throw new Error(`${where}: the document lists no such response`);
    const schema = response.content?.['application/json']?.schema;
    if (!schema) {
      if (body !== undefined) throw new Error(`${where}: a body the document does not describe`);
      return;
    }
    const result = validatorFor(where, schema).safeParse(body);
    if (!result.success) {
      throw new Error(`${where}: not as documented: ${z.prettifyError(result.error)}`);
    }
  };
};
