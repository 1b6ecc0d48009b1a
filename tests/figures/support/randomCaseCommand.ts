import type { Actor, Level } from '@gridline/events';
import type { CaseCommand, CaseCommandType } from '@gridline/backend/domain/case/caseCommands.ts';
import type { ExistingCase } from '@gridline/backend/domain/case/caseState.ts';
import { people, world } from './figureWorld.ts';

// One case command of a chosen type with payload choices picked by `variant`: plausible
// enough that the decider often accepts it, never checked here — the decider is the
// judge, and a refused command simply leaves no trace in the history.

export const caseCommandTypes = [
  'AssignCase',
  'AcceptCase',
  'RecordMediation',
  'EscalateCase',
  'ReturnCase',
  'SummonDepartments',
  'RecordDepartmentReport',
  'WithdrawSummons',
  'ReassessRisk',
  'ExtendDeadline',
  'RecordDeadlineMissed',
  'ResolveCase',
  'VerifyResolution',
  'RecordReturnVisit',
  'ReopenCase',
  'CloseCase',
] as const satisfies readonly CaseCommandType[];

const ladder: readonly Level[] = ['grid', 'community', 'street', 'department'];
const departmentIds = world.departments.map((d) => d.departmentId);
const pick = <T>(items: readonly T[], variant: number): T => items[variant % items.length]!;

/** Whoever could hold the case at its level: the assignee AssignCase is given. */
const holdersAt = (state: ExistingCase): Actor[] => {
  const reach = new Set<string>([
    state.place.gridId,
    state.place.communityId,
    state.place.streetId,
    state.departmentId ?? '',
  ]);
  const role = { grid: 'grid_worker', community: 'community_staff', street: 'street_supervisor' }[
    state.level as 'grid'
  ];
  return people.filter(
    (p) => reach.has(p.scope.id) && (p.role === role || p.role === 'department_liaison'),
  );
};

export const randomCaseCommand = (
  type: (typeof caseCommandTypes)[number],
  state: ExistingCase,
  actor: Actor,
  variant: number,
  now: Date,
  summonsId: string,
): CaseCommand => {
  const common = { caseId: state.caseId, actor, now, occurredAt: now };
  const text = '已处理。';
  const summons = state.summonses.length ? pick(state.summonses, variant) : undefined;
  switch (type) {
    case 'AssignCase': {
      const assignee = pick(holdersAt(state).concat(actor), variant);
      return {
        type,
        ...common,
        payload: { assigneeId: assignee.personId },
        assigneeAssignments:
          assignee.role === 'system'
            ? []
            : [{ personId: assignee.personId, role: assignee.role, scope: assignee.scope }],
      };
    }
    case 'AcceptCase':
      return { type, ...common, payload: {} };
    case 'RecordMediation':
      return {
        type,
        ...common,
        payload: {
          outcome: pick(['agreement', 'partial', 'failed'] as const, variant),
          summary: text,
        },
      };
    case 'EscalateCase': {
      const toLevel = ladder[ladder.indexOf(state.level) + 1] ?? 'department';
      const reason = pick(
        [
          'beyond_authority',
          'mediation_failed',
          'high_risk',
          'overdue',
          'resident_unsatisfied',
        ] as const,
        variant,
      );
      return {
        type,
        ...common,
        payload: {
          toLevel: toLevel as 'community',
          reason: actor.role === 'system' ? 'overdue' : reason,
          ...(toLevel === 'department' ? { departmentId: pick(departmentIds, variant) } : {}),
        },
        existingDepartmentIds: departmentIds,
      };
    }
    case 'ReturnCase':
      return {
        type,
        ...common,
        payload: {
          toLevel: (ladder[ladder.indexOf(state.level) - 1] ?? 'grid') as 'grid',
          reason: text,
          guidance: text,
        },
      };
    case 'SummonDepartments':
      return {
        type,
        ...common,
        payload: {
          leadDepartmentId: pick(departmentIds, variant),
          assistingDepartmentIds: variant % 3 === 0 ? [pick(departmentIds, variant + 1)] : [],
          urgent: variant % 2 === 0,
          request: text,
        },
        summonsId,
        existingDepartmentIds: departmentIds,
      };
    case 'RecordDepartmentReport':
      return {
        type,
        ...common,
        payload: {
          summonsId: summons?.summonsId ?? summonsId,
          departmentId: summons
            ? pick(summons.departments, variant).departmentId
            : departmentIds[0]!,
          response: text,
        },
      };
    case 'WithdrawSummons':
      return {
        type,
        ...common,
        payload: { summonsId: summons?.summonsId ?? summonsId, reason: text },
      };
    case 'ReassessRisk':
      return {
        type,
        ...common,
        payload: {
          riskLevel: pick(['low', 'medium', 'high', 'critical'] as const, variant),
          reason: text,
        },
      };
    case 'ExtendDeadline': {
      const due = state.deadline ? Date.parse(state.deadline.due) : now.getTime();
      const newDeadline = new Date(due + (1 + (variant % 4)) * 86_400_000).toISOString();
      return { type, ...common, payload: { newDeadline, reason: text } };
    }
    case 'RecordDeadlineMissed':
      return {
        type,
        ...common,
        payload: { level: state.level, deadline: state.deadline?.due ?? now.toISOString() },
      };
    case 'ResolveCase': {
      const outcomes = [
        'mediated',
        'fixed',
        'explained',
        'referred_to_court',
        'withdrawn',
      ] as const;
      return { type, ...common, payload: { outcome: pick(outcomes, variant), summary: text } };
    }
    case 'VerifyResolution':
      return {
        type,
        ...common,
        payload: { outcome: variant % 4 === 0 ? 'failed' : 'confirmed', method: 'phone' },
      };
    case 'RecordReturnVisit': {
      const ratings = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
      return { type, ...common, payload: { rating: pick(ratings, variant), method: 'phone' } };
    }
    case 'ReopenCase': {
      const triggers = ['return_visit_unsatisfied', 'new_information'] as const;
      return { type, ...common, payload: { trigger: pick(triggers, variant), reason: text } };
    }
    case 'CloseCase':
      return { type, ...common, payload: variant % 5 === 0 ? { overruleReason: text } : {} };
  }
};
