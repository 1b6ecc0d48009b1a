/**
 * Stands in for an event's data or metadata that is not valid JSON in the store (a damaged
 * or tampered file). The event is still delivered, so the readers that need it fail on it
 * — with this message — and every other reader goes on.
 */
export class UnreadableJson {
  readonly reason: string;
  constructor(reason: string) {
    this.reason = reason;
  }
}

export const parseStoredJson = (text: string, part: string): unknown => {
  try {
    return JSON.parse(text);
  } catch (error) {
    return new UnreadableJson(
      `the event's ${part} is not valid JSON (${(error as Error).message})`,
    );
  }
};

/** Throws when a stored part could not be read, naming what is wrong. */
export const readable = (value: unknown): unknown => {
  if (value instanceof UnreadableJson) throw new Error(value.reason);
  return value;
};
