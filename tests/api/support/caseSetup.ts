import type { Services } from '@gridline/backend/application/services.ts';
import type { CaseCommandType } from '@gridline/backend/domain/case/caseCommands.ts';
import { people, type Username } from './testDistrict.ts';
import { disputeBody } from './payloads.ts';

export type Step = readonly [Username, CaseCommandType, Record<string, unknown>];

/**
 * Brings a new dispute in grid-ryy-1 to a state by running commands through the same
 * services the API uses (no HTTP: the setup is not what a test checks).
 */
export const caseAfter = async (
  services: Services,
  now: Date,
  steps: readonly Step[],
): Promise<string> => {
  let counter = 0;
  const context = (username: Username) => ({
    actor: people[username],
    correlationId: `given-${++counter}`,
    causationId: `given-${counter}`,
    occurredAt: now,
    now,
  });
  const { caseId } = await services.cases.open(
    'LogDispute',
    disputeBody as never,
    context('worker'),
  );
  for (const [username, type, payload] of steps) {
    await services.cases.execute(type, caseId, payload as never, context(username));
  }
  return caseId;
};

/** Named states of a case on the ladder, as steps from a freshly logged dispute. */
export const ladder = {
  logged: [],
  assigned: [['leader', 'AssignCase', { assigneeId: 'p-worker' }]],
  accepted: [
    ['leader', 'AssignCase', { assigneeId: 'p-worker' }],
    ['worker', 'AcceptCase', {}],
  ],
  atCommunity: [['leader', 'EscalateCase', { toLevel: 'community', reason: 'beyond_authority' }]],
  summoned: [
    ['leader', 'EscalateCase', { toLevel: 'community', reason: 'beyond_authority' }],
    [
      'community',
      'SummonDepartments',
      { leadDepartmentId: 'dept-police-ruiling', urgent: false, request: '请派出所协助调查。' },
    ],
  ],
  resolvedAtGrid: [
    ['leader', 'AssignCase', { assigneeId: 'p-worker' }],
    ['worker', 'AcceptCase', {}],
    ['worker', 'ResolveCase', { outcome: 'mediated', summary: '双方达成协议。' }],
  ],
  unsatisfied: [
    ['leader', 'AssignCase', { assigneeId: 'p-worker' }],
    ['worker', 'AcceptCase', {}],
    ['worker', 'ResolveCase', { outcome: 'mediated', summary: '双方达成协议。' }],
    ['worker2', 'RecordReturnVisit', { rating: 'unsatisfied', method: 'phone' }],
  ],
  verifiedAndSatisfied: [
    ['leader', 'AssignCase', { assigneeId: 'p-worker' }],
    ['worker', 'AcceptCase', {}],
    ['worker', 'ResolveCase', { outcome: 'mediated', summary: '双方达成协议。' }],
    ['worker2', 'RecordReturnVisit', { rating: 'satisfied', method: 'phone' }],
    ['community2', 'VerifyResolution', { outcome: 'confirmed', method: 'phone' }],
  ],
} satisfies Record<string, readonly Step[]>;
