import { decodeEvent, eventMetadataSchema, type OrganisationEvent } from '@gridline/events';
import {
  emptyDirectory,
  foldDirectory,
  type OrganisationDirectory,
  type RecordedOrganisationEvent,
} from '../domain/organisation/organisationDirectory.ts';
import { comparePositions, type EventStore, type Position } from '../eventStore/port.ts';

export interface OrganisationDirectoryReader {
  /** The directory folded from every organisation event in the log right now. */
  current(): Promise<OrganisationDirectory>;
}

/**
 * Keeps the organisation directory in memory and, before each use, folds whatever the
 * log gained since the last use, so a command always sees the organisation as it is
 * (an assignment made a moment ago included). Catch-ups run one at a time, and each
 * caller gets one that started after it asked, so nobody is handed a fold that began
 * before their own write.
 */
export const organisationDirectoryReader = (store: EventStore): OrganisationDirectoryReader => {
  let directory = emptyDirectory;
  let seen: Position | undefined;

  const catchUp = async (): Promise<OrganisationDirectory> => {
    const gained: RecordedOrganisationEvent[] = [];
    for await (const record of store.readAll(seen ? { fromPosition: seen } : {})) {
      // readAll starts at the position it is given; that event was folded last time.
      if (seen && comparePositions(record.position, seen) <= 0) continue;
      seen = record.position;
      if (!record.streamName.startsWith('org-')) continue;
      const metadata = eventMetadataSchema.parse(record.metadata);
      const event = decodeEvent(record.type, metadata.schemaVersion, record.data);
      gained.push({ event: event as OrganisationEvent, recordedAt: new Date(metadata.recordedAt) });
    }
    if (gained.length > 0) directory = foldDirectory(gained, directory);
    return directory;
  };

  let running: Promise<OrganisationDirectory> | undefined;
  let next: Promise<OrganisationDirectory> | undefined;
  const current = (): Promise<OrganisationDirectory> => {
    if (!running) {
      running = catchUp().finally(() => (running = undefined));
      return running;
    }
    // Everyone who asks while a catch-up runs shares the one that starts after it, which
    // is still after their own writes.
    next ??= running
      .catch(() => undefined)
      .then(() => {
        next = undefined;
        return current();
      });
    return next;
  };
  return { current };
};
