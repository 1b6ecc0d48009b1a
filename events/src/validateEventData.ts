import type * as z from 'zod';
import { eventDefinition, type EventData, type EventType } from './catalogue.ts';
import { EventValidationError } from './eventValidationError.ts';

/** The data, typed, if it matches the current schema of its event type; throws otherwise. */
export function validateEventData<Type extends EventType>(
  type: Type,
  data: unknown,
): EventData<Type>;
export function validateEventData(type: string, data: unknown): EventData<EventType>;
export function validateEventData(type: string, data: unknown): EventData<EventType> {
  const definition = eventDefinition(type);
  if (!definition) throw unknownEventType(type);
  return parseEventData(type, definition.schema, data);
}

export function unknownEventType(type: string): EventValidationError {
  return new EventValidationError(
    type,
    [{ path: '', message: 'unknown event type' }],
    `Unknown event type "${type}"`,
  );
}

export function parseEventData<Data>(
  type: string,
  schema: z.ZodType<Data>,
  data: unknown,
  version?: number,
): Data {
  const result = schema.safeParse(data, { error: missingFieldMessage });
  if (!result.success) throw EventValidationError.fromZod(type, result.error, version);
  return result.data;
}

// Zod's default for a missing field ("expected string, received undefined") reads like a type slip.
function missingFieldMessage(issue: z.core.$ZodRawIssue): string | undefined {
  return issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : undefined;
}
