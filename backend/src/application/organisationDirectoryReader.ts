import { orgStreamPrefix, type OrganisationEvent } from '@gridline/events';
import {
  emptyDirectory,
  foldDirectory,
  type OrganisationDirectory,
} from '../domain/organisation/organisationDirectory.ts';
import type { EventStore } from '../eventStore/port.ts';
import { followLog, type LogFollower } from './logFollower.ts';

export type OrganisationDirectoryReader = LogFollower<OrganisationDirectory>;

/**
 * The organisation directory as the log has it now (an assignment made a moment ago
 * included), folded from every `org-` stream.
 */
export const organisationDirectoryReader = (store: EventStore): OrganisationDirectoryReader =>
  followLog<OrganisationDirectory, OrganisationEvent>(
    store,
    orgStreamPrefix,
    emptyDirectory,
    (directory, gained) =>
      foldDirectory(
        gained.map(({ event, metadata }) => ({
          event,
          recordedAt: new Date(metadata.recordedAt),
        })),
        directory,
      ),
  );
