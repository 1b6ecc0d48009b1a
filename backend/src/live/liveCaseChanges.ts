import type { ProjectedEvent, ReadScope } from '@gridline/projections';
import { casesInScope } from '@gridline/projections';
import { comparePositions, type Position } from '../eventStore/port.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { changeOfProjected, type CaseChange } from './caseChange.ts';

export interface LiveSubscriber {
  readonly scope: ReadScope;
  /** Changes this subscriber may see, in log order, each after the last it was given. */
  readonly deliver: (changes: readonly CaseChange[]) => void;
  /**
   * End the stream: the server is going down, or the stream missed changes a worker
   * applied; the client reconnects with Last-Event-ID and the log replays them.
   */
  readonly end: () => void;
}

export interface LiveSubscription {
  /** Every change after this position is delivered; the ones before are the log's to replay. */
  readonly from: Position | undefined;
  readonly unsubscribe: () => void;
}

type Runner = Pick<
  ProjectionRunner,
  'onApplied' | 'onTakenBack' | 'writingDatabase' | 'writtenPosition'
>;

const scopeKey = (scope: ReadScope): string =>
  scope.kind === 'district' ? 'district' : `${scope.kind}:${scope.id}`;

const later = (a: Position | undefined, b: Position | undefined): Position | undefined =>
  a === undefined ? b : b === undefined || comparePositions(a, b) >= 0 ? a : b;

/**
 * Fans the case board's applied batches out to open live streams. A change goes out once
 * the board holds it, so a console that refetches on it sees it; and only to readers the
 * board's own scope rule lets see the case, checked on the rows as they stand after the
 * batch (one query per distinct scope, not per reader). A rebuild replays old events
 * into a new file; they went out the first time, and are not sent again.
 *
 * A worker thread that builds the board (from position 0: first start, new version,
 * rebuild) applies events the runner never hears of. When the runner takes the board back,
 * every stream not yet past the worker's last event ends; its client reconnects with
 * Last-Event-ID and gets what it missed from the log, exactly once, before going live.
 */
export const liveCaseChanges = (runner: Runner) => {
  /** Each open stream, with the position it was told live changes follow. */
  const subscribers = new Map<LiveSubscriber, Position | undefined>();
  let sent: Position | undefined = runner.writtenPosition('case_board');

  const fanOut = (applied: readonly ProjectedEvent[]): void => {
    const fresh = applied.filter(
      (projected) => sent === undefined || comparePositions(projected.position, sent) > 0,
    );
    const last = fresh.at(-1);
    if (!last) return;
    sent = last.position;
    if (subscribers.size === 0) return;
    const changes = fresh.map(changeOfProjected);
    const caseIds = [...new Set(changes.map((change) => change.caseId))];
    const db = runner.writingDatabase('case_board');
    const visibleTo = new Map<string, Set<string>>();
    for (const subscriber of subscribers.keys()) {
      const key = scopeKey(subscriber.scope);
      let visible = visibleTo.get(key);
      if (!visible) {
        visible = casesInScope(db, subscriber.scope, caseIds);
        visibleTo.set(key, visible);
      }
      const theirs = changes.filter((change) => visible.has(change.caseId));
      if (theirs.length > 0) subscriber.deliver(theirs);
    }
  };
  const stopListening = runner.onApplied('case_board', fanOut);

  // What a stream has been given reaches `later(from, sent)`: the replay up to `from`, then
  // every batch fanned out while it was open. The worker's events past that never went out.
  const stopTakingBack = runner.onTakenBack('case_board', (built) => {
    if (built === undefined) return;
    for (const [subscriber, from] of subscribers) {
      const given = later(from, sent);
      if (given !== undefined && comparePositions(given, built) >= 0) continue;
      subscribers.delete(subscriber);
      subscriber.end();
    }
    sent = later(sent, built);
  });

  return {
    subscribe(subscriber: LiveSubscriber): LiveSubscription {
      // Taken in the same turn as the subscription: nothing falls between the two.
      const from = later(runner.writtenPosition('case_board'), sent);
      subscribers.set(subscriber, from);
      return { from, unsubscribe: () => subscribers.delete(subscriber) };
    },
    /** How many streams are open (for health and tests). */
    size: () => subscribers.size,
    /** Ends every open stream, so the server can close. */
    close(): void {
      stopListening();
      stopTakingBack();
      for (const subscriber of subscribers.keys()) subscriber.end();
      subscribers.clear();
    },
  };
};

export type LiveCaseChanges = ReturnType<typeof liveCaseChanges>;
