import type { OrganisationEvent } from '@gridline/events';
import { organisationEventsInOrder } from '@gridline/projections';
import type { OrganisationDirectoryReader } from '../application/organisationDirectoryReader.ts';
import {
  emptyDirectory,
  foldDirectory,
  type OrganisationDirectory,
} from '../domain/organisation/organisationDirectory.ts';
import type { EventStore } from '../eventStore/port.ts';
import type { ProjectionRunner } from './projectionRunner.ts';
import { ReadModelsBehind } from './readModelsBehind.ts';
import { lastPositionOf } from './storeHead.ts';

/**
 * The organisation directory commands are checked against, kept in memory: folded once
 * from the organisation read model when first asked for, then from each batch the runner
 * applies to it. Before answering, it waits until the runner has applied the log up to its head,
 * so a command sees an assignment made a moment ago — and never waits on a fold of the
 * whole log.
 */
export const organisationDirectoryFromReadModel = (
  store: EventStore,
  runner: ProjectionRunner,
): OrganisationDirectoryReader => {
  // Folded when first asked for, not at start: at ten million events the district's
  // organisation takes a third of a second to fold, which the server would otherwise
  // spend before it listens. Until then the read model holds what batches bring.
  let folded: OrganisationDirectory | undefined;
  const directoryNow = (): OrganisationDirectory =>
    (folded ??= foldDirectory(
      organisationEventsInOrder(runner.writingDatabase('organisation')),
      emptyDirectory,
    ));
  let generation = runner.writingGeneration('organisation');
  runner.onApplied('organisation', (applied) => {
    // A rebuild replays the organisation from the start into a new generation.
    const now = runner.writingGeneration('organisation');
    if (now !== generation) {
      generation = now;
      folded = emptyDirectory;
    }
    if (folded === undefined) return;
    folded = foldDirectory(
      applied.map(({ event, metadata }) => ({
        event: event as OrganisationEvent,
        recordedAt: new Date(metadata.recordedAt),
      })),
      folded,
    );
  });
  return {
    async current() {
      // An organisation event that cannot be read stops the read model short of it: the
      // directory as of the last good event serves meanwhile (and /api/health shows the
      // failure), instead of every request waiting on what will not come.
      if (runner.failure('organisation') !== undefined) return directoryNow();
      const head = await lastPositionOf(store);
      if (
        head &&
        !(await runner.waitFor(head, { names: ['organisation'], written: true, timeoutMs: 30_000 }))
      ) {
        throw new ReadModelsBehind(
          'The organisation read model is still catching up with the log; try again shortly.',
        );
      }
      return directoryNow();
    },
  };
};
