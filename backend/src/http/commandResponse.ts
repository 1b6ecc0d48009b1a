import type { Response } from 'express';
import type { GridlineEvent } from '@gridline/events';
import type { CommandOutcome } from '../application/handleStreamCommand.ts';
import { maskedEvent } from '../application/cases/personalDataViews.ts';
import { positionToString } from '../eventStore/port.ts';
import { setRevisionHeaders } from './commandRequest.ts';

// Every command answers in one shape (projections/src/apiContract/commandResponse.ts);
// each route passes the state as its schema describes it and adds its own fields.

/** The fields every command answer has, from the outcome of its append. */
export const commandResponseBody = <Event extends GridlineEvent, State>(
  id: string,
  outcome: CommandOutcome<unknown, Event>,
  state: State,
) => ({
  id,
  streamName: outcome.streamName,
  revision: outcome.revision.toString(),
  position: outcome.position ? positionToString(outcome.position) : null,
  events: outcome.events.map(maskedEvent),
  state,
});

/** Sends a command's answer with its ETag, log position and, for a retry, the replay mark. */
export const sendCommandResponse = (
  res: Response,
  status: 200 | 201,
  outcome: CommandOutcome<unknown, GridlineEvent>,
  body: object,
): void => {
  setRevisionHeaders(res, outcome.revision, outcome.position);
  if (outcome.replayed) res.set('Idempotent-Replayed', 'true');
  res.status(status).json(body);
};
