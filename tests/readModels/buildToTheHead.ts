import { projections } from '@gridline/projections';
import type { EventStore } from '@gridline/backend/eventStore/port.ts';
import {
  createProjectionRunner,
  type ProjectionRunner,
  type RunnerOptions,
} from '@gridline/backend/readModels/projectionRunner.ts';
import { lastPositionOf } from '@gridline/backend/readModels/storeHead.ts';
import { expect } from 'vitest';

// For the tests of worker builds that cannot go as planned: every read model must still
// reach the log's head, and the runner says which ones it took back in line, and why.

/** Starts the runner, waits (a minute at most) until it has passed the log's head, stops it. */
export const runToTheHead = async (runner: ProjectionRunner, store: EventStore): Promise<void> => {
  await runner.start();
  try {
    expect(await runner.waitFor((await lastPositionOf(store))!, { timeoutMs: 60_000 })).toBe(true);
  } finally {
    await runner.stop();
  }
};

/** Waits (a minute at most) for the runner to pass the log's head, and checks each is live. */
export const expectEveryOneLiveAtTheHead = async (
  runner: ProjectionRunner,
  store: EventStore,
): Promise<void> => {
  const head = (await lastPositionOf(store))!;
  expect(await runner.waitFor(head, { timeoutMs: 60_000 })).toBe(true);
  await runner.refreshHead();
  expect(runner.status().map((status) => [status.name, status.state])).toEqual(
    projections.map((projection) => [projection.name, 'live']),
  );
};

/**
 * Builds every read model into `folder` with worker builds as `bulk` says, to the log's
 * head, and checks that each is live there. Returns what the runner logged.
 */
export const buildToTheHead = async (
  store: EventStore,
  folder: string,
  bulk: NonNullable<RunnerOptions['bulk']>,
): Promise<string[]> => {
  const messages: string[] = [];
  const runner = createProjectionRunner({
    store,
    folder,
    projections,
    batchSize: 500,
    log: (message) => messages.push(message),
    bulk,
  });
  await runner.start();
  try {
    await expectEveryOneLiveAtTheHead(runner, store);
  } finally {
    await runner.stop();
  }
  return messages;
};

/** The runner's lines about read models going on in line, and their names, sorted. */
export const wentInLine = (messages: readonly string[]) => {
  const lines = messages.filter((message) => /goes on in line/.test(message));
  return {
    lines,
    names: lines.map((message) => /^read model (\w+)/.exec(message)![1]!).toSorted(),
  };
};
