import type { Request } from 'express';
import {
  comparePositions,
  positionFromString,
  positionToString,
  type Position,
} from '../eventStore/port.ts';
import type { ProjectionRunner } from '../readModels/projectionRunner.ts';
import { badRequest } from './problems.ts';

const positionPattern = /^\d{1,20}\/\d{1,20}$/;

/**
 * Where a live stream resumes: the `Last-Event-ID` a reconnecting EventSource sends, or
 * `?lastEventId=` for a first connection (a browser cannot set the header then). The
 * header wins: a reconnect keeps the URL it started with, and the header is newer.
 * Undefined: start from now. Malformed, repeated, or past the log's end: 400, by name; so
 * is any other query parameter.
 */
export const resumePosition = async (
  req: Request,
  runner: Pick<ProjectionRunner, 'refreshHead' | 'head'>,
): Promise<Position | undefined> => {
  const header = req.get('Last-Event-ID');
  const unknown = Object.keys(req.query).filter((name) => name !== 'lastEventId');
  if (unknown.length > 0) {
    throw badRequest(
      `Invalid request query: ${unknown.join(', ')}: unknown field (known: lastEventId)`,
    );
  }
  const query = req.query['lastEventId'];
  if (query !== undefined && typeof query !== 'string') {
    throw badRequest('lastEventId: give it once, as a log position like "42/42".');
  }
  const [name, text] =
    header !== undefined && header !== ''
      ? ['Last-Event-ID', header]
      : ['lastEventId', query === '' ? undefined : query];
  if (text === undefined) return undefined;
  if (!positionPattern.test(text)) {
    throw badRequest(
      `${name}: ${JSON.stringify(text.slice(0, 100))} is not a log position; send the id of the last event received, like "42/42".`,
    );
  }
  const position = positionFromString(text);
  await runner.refreshHead();
  const head = runner.head();
  if (head === undefined || comparePositions(position, head) > 0) {
    const end = head === undefined ? 'the log is empty' : `it ends at ${positionToString(head)}`;
    throw badRequest(`${name}: position ${text} is past the end of the log (${end}).`);
  }
  return position;
};
