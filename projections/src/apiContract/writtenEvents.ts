import * as z from 'zod';
import {
  accessEventTypes,
  caseEventTypes,
  eventDefinition,
  inspectionEventTypes,
  meetingEventTypes,
  organisationEventTypes,
  type EventOfType,
  type EventType,
} from '@gridline/events';

/** One member per event type, so a client can tell the data apart by `type`. */
type EventsOf<Type extends EventType> = Type extends EventType ? EventOfType<Type> : never;
type WithFields<Event, Shape extends z.ZodRawShape> = keyof Shape extends never
  ? Event
  : Event & z.output<z.ZodObject<Shape>>;

/**
 * One of the given event types as a response carries it: `{ type, data }`, the data as the
 * event catalogue defines it, and any fields `shape` adds beside them. Named, so the
 * OpenAPI document lists it once. Each member is whole: JSON Schema cannot add fields to
 * a closed object through allOf.
 */
export const eventUnionSchema = <
  Type extends EventType,
  Shape extends z.ZodRawShape = Record<never, never>,
>(
  id: string,
  types: readonly Type[],
  shape?: Shape,
) => {
  const members = types.map((type) =>
    z.object({ ...shape, type: z.literal(type), data: eventDefinition(type).schema }),
  );
  const [only, ...others] = members;
  if (!only) throw new Error(`${id}: no event types`);
  // A union of one is no union: the linter rightly asks for the schema itself.
  const schema = others.length === 0 ? only : z.discriminatedUnion('type', [only, ...others]);
  return schema.meta({ id }) as unknown as z.ZodType<WithFields<EventsOf<Type>, Shape>>;
};

export const caseEventSchema = eventUnionSchema('CaseEvent', caseEventTypes);
export const inspectionEventSchema = eventUnionSchema('InspectionEvent', inspectionEventTypes);
export const meetingEventSchema = eventUnionSchema('MeetingEvent', meetingEventTypes);
export const organisationEventSchema = eventUnionSchema(
  'OrganisationEvent',
  organisationEventTypes,
);
export const accessEventSchema = eventUnionSchema('AccessEvent', accessEventTypes);
