import { Router, type Response } from 'express';
import * as z from 'zod';
import {
  comparePositions,
  positionToString,
  type EventStore,
  type Position,
} from '../eventStore/port.ts';
import { changeAsJson, type CaseChange } from '../live/caseChange.ts';
import type { LiveCaseChanges } from '../live/liveCaseChanges.ts';
import { replayCaseChanges, ReplayTooLong } from '../live/replayCaseChanges.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { readScopeOf } from '../readModels/readScopeOf.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { openEventStream, type EventStream } from './eventStream.ts';
import { resumePosition } from './lastEventId.ts';
import { actorOf } from './session/requireSession.ts';

export interface LiveRouteDependencies {
  readonly live: LiveCaseChanges;
  readonly readModels: ProjectionRunner;
  readonly store: EventStore;
  readonly stillAllowed: (res: Response) => Promise<boolean>;
  readonly heartbeatMs?: number;
}

const describedEvents =
  'Server-sent events. `change` (id: its log position): `{ position, caseId, type, revision, ' +
  'recordedAt }` for each change to a case you may read; `ready` (id: the position live ' +
  'changes follow): replay is done; `reset`: too much changed to replay, reload what you ' +
  'show. Comments every 15 s keep proxies open. The server may end the stream (a worker ' +
  'handed the case board back): resume with Last-Event-ID, as an EventSource does.';

/** A position as an SSE id: the form X-Event-Position and `after` use. */
const idOf = (position: Position): string => positionToString(position);

const latest = (a: Position | undefined, b: Position | undefined) =>
  a === undefined ? b : b === undefined || comparePositions(a, b) >= 0 ? a : b;

// Live updates: what changed, as the log has it, for the cases the reader may see.
export const liveRoutes = (deps: LiveRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/live',
      operationId: 'streamLiveChanges',
      summary: 'Live changes to the cases in your scope, as server-sent events',
      tag: 'live',
      headers: ['Last-Event-ID'],
      query: { lastEventId: z.string().optional() },
      responses: { 200: describedEvents },
      responseContentType: 'text/event-stream',
      responseSchema: z.string(),
    },
    async (req, res) => {
      // Everything that can refuse does so before the stream opens, as problem+json.
      const scope = readScopeOf(actorOf(res));
      const after = await resumePosition(req, deps.readModels);
      const stream = openEventStream(res, {
        heartbeatMs: deps.heartbeatMs ?? 15_000,
        stillAllowed: () => deps.stillAllowed(res),
      });
      let last = after;
      let held: CaseChange[] | undefined = [];
      const forward = (changes: readonly CaseChange[]) => {
        for (const change of changes) {
          if (last !== undefined && comparePositions(change.position, last) <= 0) continue;
          stream.send('change', changeAsJson(change), idOf(change.position));
          last = change.position;
        }
      };
      const subscription = deps.live.subscribe({
        scope,
        deliver: (changes) => (held ? held.push(...changes) : forward(changes)),
        end: () => stream.end(),
      });
      stream.onClose(subscription.unsubscribe);
      try {
        await replay(deps, stream, { scope, after, until: subscription.from }, forward);
      } catch (error) {
        if (!(error instanceof ReplayTooLong)) {
          console.error('GET /api/live: replay failed', error);
          return stream.end();
        }
        const position = subscription.from && idOf(subscription.from);
        stream.send('reset', { position: position ?? null }, position);
        last = latest(last, subscription.from);
      }
      const readyAt = latest(last, subscription.from);
      stream.send('ready', { position: readyAt ? idOf(readyAt) : null }, readyAt && idOf(readyAt));
      last = readyAt;
      const waiting = held;
      held = undefined;
      forward(waiting);
    },
  );
  return router;
};

/**
 * A case board that holds every case up to `until`, to tell who may see them: the file
 * being written, unless a rebuild has it still short of there (live changes follow what
 * went out before the rebuild); the one serving meanwhile holds them.
 */
const boardHolding = (runner: ProjectionRunner, until: Position) => {
  const written = runner.writtenPosition('case_board');
  return written !== undefined && comparePositions(written, until) >= 0
    ? runner.writingDatabase('case_board')
    : runner.database('case_board');
};

/** What the reader missed between their last event and the live subscription's start. */
const replay = async (
  deps: LiveRouteDependencies,
  stream: EventStream,
  request: {
    scope: ReturnType<typeof readScopeOf>;
    after: Position | undefined;
    until: Position | undefined;
  },
  forward: (changes: readonly CaseChange[]) => void,
): Promise<void> => {
  const { scope, after, until } = request;
  if (after === undefined || until === undefined || comparePositions(after, until) >= 0) return;
  for await (const page of replayCaseChanges({
    store: deps.store,
    board: () => boardHolding(deps.readModels, until),
    scope,
    after,
    until,
  })) {
    if (stream.isClosed()) return;
    forward(page);
  }
};
