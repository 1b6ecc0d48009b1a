import * as z from 'zod';

// What the server knows of its log's tamper evidence (docs/reliability.md).

const logBreakSchema = z
  .object({
    kind: z.string().describe('What was found, like broken_link or altered_event'),
    position: z.int().optional().describe('The first global position affected, if known'),
    stream: z.string().optional(),
    revision: z.int().optional(),
    detail: z.string(),
  })
  .meta({ id: 'LogBreak' });

const checkedAt = z.iso.datetime();
const count = z.int().min(0);

const integrityStates = [
  z.object({
    state: z.literal('not_verifiable'),
    reason: z.string().describe('Why: the store keeps no tamper evidence (EventStoreDB)'),
  }),
  z.object({ state: z.literal('unchecked') }),
  z
    .object({
      state: z.literal('verifying'),
      startedAt: checkedAt,
      eventsChecked: count,
      eventsToCheck: count.describe('0 until the check has read its first page'),
    })
    .describe(
      'The check after start is running: reads are served, changes are answered 503 with Retry-After until it ends',
    ),
  z.object({
    state: z.literal('verified'),
    checkedAt,
    mode: z.enum(['full', 'incremental']),
    throughPosition: count,
  }),
  z.object({
    state: z.literal('failed'),
    checkedAt,
    firstBreak: logBreakSchema,
    breaksFound: count,
  }),
] as const;

/** The latest check of the log, as /api/health reports it. */
export const logIntegrityStatusSchema = z
  .discriminatedUnion('state', [...integrityStates])
  .meta({ id: 'LogIntegrity' });

const checkReport = z.object({
  verifiable: z.literal(true),
  ok: z.boolean(),
  mode: z
    .enum(['full', 'incremental'])
    .describe("'incremental' resumed from the last verified checkpoint"),
  fromPosition: count.describe('Where the chain was checked from (0: the beginning)'),
  eventsChecked: count,
  streamsChecked: count,
  checkpointsChecked: count,
  head: z
    .object({ position: count, hash: z.string() })
    .nullable()
    .describe('The last event as found, to export as an anchor; null for an empty log'),
  breaks: z.array(logBreakSchema).describe('In log order; the first ones only when many'),
  breaksFound: count,
  firstBreak: logBreakSchema.optional(),
});

/** GET /api/audit/verification: a check made now, or, where none can be, the status. */
export const logVerificationSchema = z.union([
  checkReport,
  // Each state whole, with `verifiable` beside it: allOf cannot extend a closed object.
  ...integrityStates.map((state) => state.extend({ verifiable: z.literal(false) })),
]);
