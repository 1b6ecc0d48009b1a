import {
  mapPersonalData,
  maskPersonalData,
  type CaseEvent,
  type EventType,
  type GridlineEvent,
} from '@gridline/events';

// Residents' personal data is masked in every view (docs/roles.md; the masking itself is
// in @gridline/events). The full values leave the server only in the answer to a reveal,
// which is itself a recorded event.

/** Any event, as views show it: the same with every resident's personal value masked. */
export const maskedEvent = <Event extends GridlineEvent>(event: Event): Event =>
  ({
    type: event.type,
    data: maskPersonalData(event.type as EventType, event.data as never),
  }) as Event;

export const maskedCaseEvent = (event: CaseEvent): CaseEvent => maskedEvent(event);

/** The unmasked values of the named fields (like `parties[].phone`) across a case's events. */
export const personalValuesOf = (
  events: readonly CaseEvent[],
  fields: readonly string[],
): Record<string, string[]> => {
  const wanted = new Set(fields);
  const values: Record<string, string[]> = Object.fromEntries(fields.map((field) => [field, []]));
  for (const event of events) {
    mapPersonalData(event.type, event.data as never, (value, field) => {
      if (wanted.has(field.path)) values[field.path]!.push(value);
      return value;
    });
  }
  return values;
};
