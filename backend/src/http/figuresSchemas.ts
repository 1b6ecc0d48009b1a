import * as z from 'zod';
import type { FigureValues, FiguresResponse, RankedCommunity } from '@gridline/projections';

// The figures as GET /api/figures and GET /api/audit/figures answer them (checked against
// the read model's types), and the ranking as GET /api/figures/ranking does.

const count = z.number().int();
const rate = z
  .number()
  .nullable()
  .describe('A share from 0 to 1, four places; null when nothing was counted');
const hours = z.number().nullable();
const times = z.object({ cases: count, medianHours: hours, p90Hours: hours });
const coverage = z.object({
  buildings: count,
  buildingsVisited: count,
  rate,
  households: count,
  householdsInVisitedBuildings: count,
  householdRate: rate,
});
const answers = { summoned: count, onTime: count, withdrawn: count, rate };
const perLevel = <Item extends z.ZodType>(item: Item) =>
  z.object({ grid: item, community: item, street: item, department: item });

const figureSchemas = {
  communityRetentionRate: z.object({ resolved: count, withinCommunity: count, rate }),
  streetRetentionRate: z.object({ resolved: count, withinStreet: count, rate }),
  resolutionRate: z.object({ opened: count, resolved: count, withdrawn: count, rate }),
  onTimeRate: z.object({
    resolved: count,
    deadlineUnknown: count,
    onTime: count,
    onTimeWithoutExtension: count,
    rate,
    rateWithoutExtension: rate,
  }),
  satisfactionRate: z.object({
    visits: count,
    satisfied: count,
    basicallySatisfied: count,
    unsatisfied: count,
    rate,
  }),
  reopenRate: z.object({ resolved: count, reopened: count, rate }),
  timeToResolve: perLevel(times).extend({ all: times }),
  escalationFunnel: perLevel(count),
  returns: z.object({ community: count, street: count, department: count, total: count }),
  repeatRate: z.object({ opened: count, repeats: count, rate }),
  proactiveDiscoveryRate: z.object({ opened: count, fromPatrols: count, rate }),
  inspectionCoverage: z.object({ last7Days: coverage, last30Days: coverage }),
  inspectionsPerWorker: z.object({
    inspections: count,
    gridWorkers: count,
    perWorkerPerWeek: z.number().nullable(),
  }),
  welfareChecks: z.object({ done: count, well: count, needsAttention: count, noResponse: count }),
  departmentResponse: z.object({
    ...answers,
    byDepartment: z.array(z.object({ departmentId: z.string(), ...answers })),
  }),
  residentMeetings: z.object({
    meetings: count,
    mattersCollected: count,
    mattersResolved: count,
    rate,
  }),
} satisfies { [Name in keyof FigureValues]: z.ZodType<FigureValues[Name]> };

const figures = z
  .object(figureSchemas)
  .partial()
  .describe('The figures asked for (all of them unless `figures` names some)');

const date = z.string().describe('YYYY-MM-DD on the deployment’s wall clock, included');

export const figuresResponseSchema = z.object({
  scope: z.object({
    kind: z.enum(['district', 'street', 'community', 'grid']),
    id: z.string().optional(),
  }),
  from: date,
  to: date,
  source: z.enum(['patrol', 'resident', 'hotline', 'meeting', 'referral']).nullable(),
  position: z
    .string()
    .nullable()
    .describe('The log position the figures were counted up to: recompute at it to check them'),
  figures,
  weeks: z
    .array(z.object({ from: date, to: date, figures }))
    .optional()
    .describe('With granularity=week: the window cut at each Monday'),
}) satisfies z.ZodType<FiguresResponse>;

export const rankingResponseSchema = z.object({
  month: z.string(),
  scope: figuresResponseSchema.shape.scope,
  position: z.string().nullable(),
  communities: z.array(
    z.object({
      rank: z.number().int().nullable(),
      communityId: z.string(),
      streetId: z.string().nullable(),
      score: rate,
      communityRetentionRate: rate,
      resolutionRate: rate,
      onTimeRate: rate,
      satisfactionRate: rate,
    }) satisfies z.ZodType<RankedCommunity>,
  ),
});
