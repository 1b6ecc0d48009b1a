import * as z from 'zod';

// Every command answers in one shape, whatever it acts on: which thing and which stream,
// where the stream now stands (revision, for the next If-Match) and where the log does
// (position, for reads that wait with `after`), what was written, and the state after.
// Commands with more to say (the cases a meeting opened) add fields; none renames these.

/** A stream revision or log position, as the ETag and X-Event-Position headers carry it. */
const revisionSchema = z
  .string()
  .regex(/^\d+$/)
  .describe("The stream's revision after the command (its ETag), a decimal string");

export const logPositionSchema = z
  .string()
  .regex(/^\d+\/\d+$/)
  .describe('A log position, like 1234/1234: pass it as `after` to a read to wait for it');

export const commandResponseSchema = <
  State extends z.ZodType,
  Event extends z.ZodType,
  Extras extends z.ZodRawShape = Record<never, never>,
>(parts: {
  readonly id: string;
  readonly state: State;
  readonly event: Event;
  readonly extras?: Extras;
}) =>
  z
    .object({
      id: z.string().describe(parts.id),
      streamName: z.string().describe('The stream the events were appended to'),
      revision: revisionSchema,
      position: logPositionSchema
        .nullable()
        .describe("Where the command's last event sits in the log (null if none was written)"),
      events: z
        .array(parts.event)
        .describe("The events the command wrote, residents' personal data masked"),
      state: parts.state,
      ...(parts.extras ?? ({} as Extras)),
    })
    .describe('A command answered: what it wrote and where that leaves the stream and the log');
