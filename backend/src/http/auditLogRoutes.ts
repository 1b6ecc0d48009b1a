import { Router } from 'express';
import * as z from 'zod';
import { eventTypes, idSchema, timestampSchema, type EventType } from '@gridline/events';
import { auditLogPageSchema, listAuditLog, type AuditLogPageRequest } from '@gridline/projections';
import {
  comparePositions,
  positionFromString,
  positionToString,
  type EventStore,
  type Position,
} from '../eventStore/port.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { withEventData } from './auditLogEntries.ts';
import type { ApiRegistry } from './apiOperations.ts';
import { encodeCursor, listQueryShape, parseListRequest, type ListSpec } from './listRequest.ts';
import { badRequest, forbidden } from './problems.ts';
import { awaitReadModels } from './readModelConsistency.ts';
import { actorOf } from './session/requireSession.ts';

export interface AuditLogRouteDependencies {
  readonly readModels: ProjectionRunner;
  /** The log, where a page's event data is read from. */
  readonly store: EventStore;
}

/** The whole log, every stream: the auditors' (and admins') to read, nobody else's. */
const mayBrowse = new Set(['auditor', 'admin']);

const positionText = z.string().regex(/^\d+\/\d+$/, 'must be a log position like 1234/1234');
const streamText = z.string().min(1).max(200);

const auditLogFilters = {
  type: z.enum(eventTypes as [EventType, ...EventType[]]).optional(),
  actor: idSchema.optional().describe("The acting person's id"),
  stream: streamText.optional().describe('One stream, by its exact name'),
  streamPrefix: streamText.optional().describe('Streams whose name starts so: case-, access-…'),
  recordedFrom: timestampSchema.optional().describe('Recorded at or after this instant'),
  recordedTo: timestampSchema.optional().describe('Recorded before this instant'),
  fromPosition: positionText.optional().describe('Start at this log position, included'),
};

const spec = {
  filters: auditLogFilters,
  sorts: { position: 'position' },
  defaultSort: 'position',
  startFilters: ['fromPosition'],
} satisfies ListSpec<typeof auditLogFilters>;

const notOurCursor = () =>
  badRequest('cursor: not a cursor this server gave out; start again without it.');

/** The position a cursor of this endpoint holds: the last event of the previous page. */
const positionOfCursor = (value: unknown): Position => {
  if (typeof value !== 'string' || !positionText.safeParse(value).success) throw notOurCursor();
  return positionFromString(value);
};

/** The read model keeps positions as SQLite integers (signed 64-bit): past those, none. */
const largestHeld = 2n ** 63n - 1n;
const heldAsInteger = ({ commit, prepare }: Position): boolean =>
  commit <= largestHeld && prepare <= largestHeld;

const pastTheEnd = async (runner: ProjectionRunner, position: Position): Promise<boolean> => {
  await runner.refreshHead();
  const head = runner.head();
  return head === undefined || comparePositions(position, head) > 0;
};

const refusePastTheEnd = async (runner: ProjectionRunner, position: Position): Promise<void> => {
  if (!heldAsInteger(position)) {
    throw badRequest(`fromPosition: ${positionToString(position)} is not a position of this log.`);
  }
  if (await pastTheEnd(runner, position)) {
    throw badRequest(`fromPosition: ${positionToString(position)} is past the end of the log.`);
  }
};

// 审计: the log as it is, one event at a time, masked like every other view.
export const auditLogRoutes = (deps: AuditLogRouteDependencies, registry: ApiRegistry): Router => {
  const router = Router();
  registry.add(
    router,
    {
      method: 'get',
      path: '/audit/events',
      operationId: 'browseAuditLog',
      summary:
        'Every event of the log by position, filtered by type, actor, stream and time (auditors and admins)',
      tag: 'audit',
      query: listQueryShape(spec),
      responses: { 200: 'A page of events in log order (sort=-position: newest first)' },
      responseSchema: auditLogPageSchema,
    },
    async (req, res) => {
      const request = parseListRequest(req, spec);
      const { fromPosition, recordedFrom, recordedTo, ...filters } = request.filters;
      if (fromPosition !== undefined && request.cursor !== null) {
        throw badRequest('cursor and fromPosition: give one; a cursor already says where.');
      }
      const from = recordedFrom === undefined ? undefined : new Date(recordedFrom);
      const to = recordedTo === undefined ? undefined : new Date(recordedTo);
      if (from && to && from >= to) {
        throw badRequest('recordedTo: must come after recordedFrom.');
      }
      const start: AuditLogPageRequest['start'] =
        request.cursor !== null
          ? { position: positionOfCursor(request.cursor.value), inclusive: false }
          : fromPosition !== undefined
            ? { position: positionFromString(fromPosition), inclusive: true }
            : null;
      if (!mayBrowse.has(actorOf(res).role)) {
        throw forbidden('Only auditors and admins browse the log.');
      }
      if (fromPosition !== undefined) await refusePastTheEnd(deps.readModels, start!.position);
      // A cursor names an event shown, so never one past the log's end: a forged one could
      // also hold more than SQLite's integers, which is a RangeError, not an empty page.
      if (
        request.cursor !== null &&
        (!heldAsInteger(start!.position) || (await pastTheEnd(deps.readModels, start!.position)))
      ) {
        throw notOurCursor();
      }
      await awaitReadModels(deps.readModels, ['audit_log'], request.after);
      const page = listAuditLog(deps.readModels.database('audit_log'), {
        filters: { ...filters, recordedFrom: from, recordedTo: to },
        direction: request.sort.direction,
        start,
        limit: request.limit,
      });
      const next = page.next && {
        value: positionToString(page.next.position),
        key: page.next.eventId,
      };
      const items = await withEventData(deps.store, page.items);
      res.json({ items, nextCursor: encodeCursor(next, request.query) });
    },
  );
  return router;
};
