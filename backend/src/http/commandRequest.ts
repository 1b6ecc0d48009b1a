import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { idPattern, timestampSchema } from '@gridline/events';
import { actorOf } from './session/requireSession.ts';
import type { CommandContext } from '../application/commandContext.ts';
import type { Position } from '../eventStore/port.ts';
import { positionToString } from '../eventStore/port.ts';
import { badRequest } from './problems.ts';

// The headers a command request may carry, read in one place:
//   If-Match: "<revision>"        the stream revision the client saw (optimistic concurrency)
//   Idempotency-Key: <text>       a retry with the same key writes nothing new
//   X-Correlation-Id: <id>        ties this request's events to the client's own trace
//   X-Occurred-At: <ISO time>     when it happened in the field, if recorded later

const maxClockSkewMs = 5 * 60_000;

const ifMatch = (header: string | undefined): bigint | undefined => {
  if (header === undefined) return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,19})"?\s*$/.exec(header);
  if (!match?.[1]) throw badRequest('If-Match: expected the ETag of a revision, like "3".');
  return BigInt(match[1]);
};

const idempotencyKey = (header: string | undefined): string | undefined => {
  if (header === undefined) return undefined;
  if (!/^[\x21-\x7e]{1,200}$/.test(header)) {
    throw badRequest('Idempotency-Key: 1 to 200 visible ASCII characters.');
  }
  return header;
};

const correlationId = (header: string | undefined): string => {
  if (header === undefined) return `req-${randomUUID()}`;
  if (!idPattern.test(header)) throw badRequest(`X-Correlation-Id: ${idPattern} expected.`);
  return header;
};

const occurredAt = (header: string | undefined, now: Date): Date => {
  if (header === undefined) return now;
  const time = new Date(header);
  if (!timestampSchema.safeParse(header).success || time.getUTCFullYear() < 2000) {
    throw badRequest('X-Occurred-At: expected an ISO-8601 timestamp with offset, after 2000.');
  }
  if (time.getTime() - now.getTime() > maxClockSkewMs) {
    throw badRequest('X-Occurred-At: is in the future.');
  }
  return time;
};

/** Who, when and how of a command, from the session and the request headers. */
export const commandContextOf = (req: Request, res: Response, now: Date): CommandContext => {
  const correlation = correlationId(req.get('X-Correlation-Id'));
  const expected = ifMatch(req.get('If-Match'));
  const key = idempotencyKey(req.get('Idempotency-Key'));
  return {
    actor: actorOf(res),
    correlationId: correlation,
    causationId: correlation,
    occurredAt: occurredAt(req.get('X-Occurred-At'), now),
    now,
    ...(expected === undefined ? {} : { expectedRevision: expected }),
    ...(key === undefined ? {} : { idempotencyKey: key }),
  };
};

/**
 * The same for a command that starts a stream (a new case, a patrol): there is no
 * revision to match yet, so an If-Match is a client's mistake worth saying, not ignoring.
 */
export const openingContextOf = (req: Request, res: Response, now: Date): CommandContext => {
  if (req.get('If-Match') !== undefined) {
    throw badRequest(
      'If-Match: this command starts something new, which has no revision to match yet; send it without If-Match.',
    );
  }
  return commandContextOf(req, res, now);
};

/** ETag and log position of a stream after a command, for the client's next If-Match. */
export const setRevisionHeaders = (
  res: Response,
  revision: bigint,
  position: Position | undefined,
): void => {
  res.set('ETag', `"${revision}"`);
  if (position) res.set('X-Event-Position', positionToString(position));
};
