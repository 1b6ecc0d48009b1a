import {
  erasedPersonalValue,
  mapFreeText,
  mapPersonalData,
  personalSpansIn,
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

/**
 * The unmasked values of the named fields (like `parties[].phone`) across a case's events;
 * for a free-text field (like `description`), each text that holds a phone or ID number,
 * or held one before it was erased.
 */
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
    mapFreeText(event.type, event.data as never, (text, field) => {
      const personal = personalSpansIn(text).length > 0 || text.includes(erasedPersonalValue);
      if (wanted.has(field.path) && personal) values[field.path]!.push(text);
      return text;
    });
  }
  return values;
};

/** Whether there was something to reveal and all of it is erased. */
export const nothingButErased = (values: Record<string, string[]>): boolean => {
  const all = Object.values(values).flat();
  return (
    all.length > 0 &&
    all.every((value) => value.includes(erasedPersonalValue) && personalSpansIn(value).length === 0)
  );
};
