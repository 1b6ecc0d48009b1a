import { comparePositions, positionFromString, type Position } from '../eventStore/port.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { ReadModelsBehind } from '../readModels/readModelsBehind.ts';
import { badRequest } from './problems.ts';

/** How long a read waits for the read models to pass the position it asked for. */
export const readYourWritesTimeoutMs = 5_000;

/**
 * Read-your-writes: a command answers with its log position; a read that names it waits,
 * bounded, until the read models it uses have passed it. A position past the log's end
 * is refused rather than waited for.
 */
export const awaitReadModels = async (
  runner: ProjectionRunner,
  names: readonly string[],
  after: string | undefined,
): Promise<void> => {
  if (after === undefined) return;
  const position: Position = positionFromString(after);
  await runner.refreshHead();
  const head = runner.head();
  if (head === undefined || comparePositions(position, head) > 0) {
    throw badRequest(`after: position ${after} is past the end of the log.`);
  }
  if (!(await runner.waitFor(position, { names, timeoutMs: readYourWritesTimeoutMs }))) {
    throw new ReadModelsBehind(
      `The read models have not reached position ${after} yet; try again shortly.`,
    );
  }
};
