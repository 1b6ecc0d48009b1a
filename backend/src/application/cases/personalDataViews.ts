import {
  mapPersonalData,
  type CaseEvent,
  type GridlineEvent,
  type PersonalDataKind,
} from '@gridline/events';

// Residents' personal data is masked in every view (docs/roles.md). The full values leave
// the server only in the answer to a reveal, which is itself a recorded event.

const stars = (count: number): string => '*'.repeat(Math.max(count, 1));

/** 赵敏 → 赵*, 13800138000 → 138****8000, an ID number keeps its first 3 and last 4. */
export const maskPersonalValue = (value: string, kind: PersonalDataKind): string => {
  const characters = [...value];
  switch (kind) {
    case 'name':
      return characters.length <= 1 ? '*' : characters[0] + stars(characters.length - 1);
    case 'phone':
      return characters.length < 8
        ? stars(characters.length)
        : `${characters.slice(0, 3).join('')}****${characters.slice(-4).join('')}`;
    case 'id_number':
      return characters.length < 8
        ? stars(characters.length)
        : `${characters.slice(0, 3).join('')}${stars(characters.length - 7)}${characters.slice(-4).join('')}`;
    default:
      return kind satisfies never;
  }
};

/** Any event, as views show it: the same with every resident's personal value masked. */
export const maskedEvent = <Event extends GridlineEvent>(event: Event): Event =>
  ({
    type: event.type,
    data: mapPersonalData(event.type, event.data as never, (value, field) =>
      maskPersonalValue(value, field.kind),
    ),
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
