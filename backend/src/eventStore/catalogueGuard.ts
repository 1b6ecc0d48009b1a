import {
  EventValidationError,
  eventDefinition,
  eventMetadataSchema,
  parseStreamName,
  validateEventData,
  type EventValidationIssue,
} from '@gridline/events';
import type { EventStore, EventToAppend } from './port.ts';

const metadataIssues = (event: EventToAppend, currentVersion: number): EventValidationIssue[] => {
  const parsed = eventMetadataSchema.safeParse(event.metadata);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      path: ['metadata', ...issue.path.map(String)].join('.'),
      message: issue.message,
    }));
  }
  const issues: EventValidationIssue[] = [];
  if (parsed.data.eventId !== event.id) {
    issues.push({ path: 'metadata.eventId', message: 'differs from the event id' });
  }
  if (parsed.data.schemaVersion !== currentVersion) {
    issues.push({
      path: 'metadata.schemaVersion',
      message: `is ${parsed.data.schemaVersion}, but ${event.type} is written at version ${currentVersion}`,
    });
  }
  return issues;
};

/** Throws EventValidationError naming the type, the field and the problem. */
export const checkAgainstCatalogue = (streamName: string, event: EventToAppend): void => {
  validateEventData(event.type, event.data);
  const definition = eventDefinition(event.type)!;
  if (parseStreamName(streamName)?.kind !== definition.streamKind) {
    throw new EventValidationError(event.type, [
      { path: '', message: `does not belong in stream ${streamName}` },
    ]);
  }
  const issues = metadataIssues(event, definition.version);
  if (issues.length > 0) throw new EventValidationError(event.type, issues);
};

/**
 * Every append is checked against the event catalogue before it reaches the adapter,
 * so neither store ever holds an event the catalogue cannot read back.
 */
export const catalogueGuard = (store: EventStore): EventStore => ({
  kind: store.kind,
  append: async (streamName, events, options) => {
    for (const event of events) checkAgainstCatalogue(streamName, event);
    return store.append(streamName, events, options);
  },
  readStream: (streamName, options) => store.readStream(streamName, options),
  readAll: (options) => store.readAll(options),
  subscribeToAll: (options) => store.subscribeToAll(options),
  close: () => store.close(),
});
