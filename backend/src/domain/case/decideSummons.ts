import type { CaseEvent, SummonedDepartment } from '@gridline/events';
import { summonsReportDeadline } from '../deadlines/index.ts';
import { describeActor, isAdmin, isStaffAt } from './caseAccess.ts';
import type { RecordDepartmentReport, SummonDepartments, WithdrawSummons } from './caseCommands.ts';
import type { CaseDecisionContext } from './caseDecisionContext.ts';
import { outstandingSummons, type ExistingCase } from './caseState.ts';
import { requireActive, requireStaffAt } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

// 吹哨报到: the level holding the case blows the whistle — a grid leader at the grid
// (网格吹哨), community staff at the community, the street at the street — and each named
// department reports in by its own deadline. The level that summoned may call it off.

export function decideSummon(
  { caseId, actor, payload, now, summonsId, existingDepartmentIds }: SummonDepartments,
  state: ExistingCase,
  { policy, calendar }: CaseDecisionContext,
): CaseEvent[] {
  requireStaffAt(actor, state.level, state, 'summon departments to');
  const active = requireActive(state, 'summon departments');
  const { leadDepartmentId, assistingDepartmentIds, urgent, request, reportBy = {} } = payload;
  const named = [leadDepartmentId, ...assistingDepartmentIds];
  const repeated = named.find((departmentId, index) => named.indexOf(departmentId) !== index);
  if (repeated !== undefined) {
    throw invalid(`Department ${repeated} is named more than once in one summons`);
  }
  const unknown = named.filter((departmentId) => !existingDepartmentIds.includes(departmentId));
  if (unknown.length > 0) throw invalid(`No such department: ${unknown.join(', ')}`);
  const stray = Object.keys(reportBy).filter((departmentId) => !named.includes(departmentId));
  if (stray.length > 0) {
    throw invalid(`reportBy names departments this summons does not: ${stray.join(', ')}`);
  }
  const stillOwed = outstandingSummons(active).filter(({ departmentId }) =>
    named.includes(departmentId),
  );
  if (stillOwed.length > 0) {
    const { departmentId, summonsId: openId } = stillOwed[0]!;
    throw illegalState(
      `Department ${departmentId} already has an open summons ${openId} on case ${caseId}: ` +
        'it must report, or the summons be withdrawn, before it is summoned again',
    );
  }
  if (active.summonses.some((summons) => summons.summonsId === summonsId)) {
    throw illegalState(`Case ${caseId} already has a summons ${summonsId}`);
  }
  // The policy sets how long a department may take (30 minutes when urgent); a summoner
  // may ask a department to report sooner, never later, so the response figure holds.
  const latest = summonsReportDeadline({ urgent, from: now }, policy, calendar);
  const deadlineOf = (departmentId: string): SummonedDepartment => {
    const chosen = reportBy[departmentId];
    if (chosen === undefined) return { departmentId, reportBy: latest.toISOString() };
    const due = new Date(chosen).getTime();
    if (due <= now.getTime() || due > latest.getTime()) {
      throw invalid(
        `reportBy.${departmentId}: ${chosen} must lie after now and no later than ` +
          `${latest.toISOString()}, the ${urgent ? 'urgent ' : ''}summons' report deadline`,
      );
    }
    return { departmentId, reportBy: new Date(due).toISOString() };
  };
  return [
    {
      type: 'DepartmentSummoned',
      data: {
        caseId,
        summonsId,
        lead: deadlineOf(leadDepartmentId),
        assisting: assistingDepartmentIds.map(deadlineOf),
        urgent,
        request,
        level: active.level,
      },
    },
  ];
}

// A late report is still recorded after the case is resolved: the department response
// figure needs it. A closed case is refused earlier, like everything but notes.
export function decideDepartmentReport(
  { caseId, actor, payload }: RecordDepartmentReport,
  state: ExistingCase,
): CaseEvent[] {
  const { summonsId, departmentId, response } = payload;
  const forOwnDepartment = actor.role === 'department_liaison' && actor.scope.id === departmentId;
  if (!forOwnDepartment && !isAdmin(actor)) {
    throw forbidden(
      `${describeActor(actor)} may not report for department ${departmentId}: only its liaison may`,
    );
  }
  const summons = state.summonses.find((candidate) => candidate.summonsId === summonsId);
  if (!summons) throw invalid(`Case ${caseId} has no summons ${summonsId}`);
  const summoned = summons.departments.find((entry) => entry.departmentId === departmentId);
  if (!summoned) {
    throw invalid(`Department ${departmentId} was not summoned by summons ${summonsId}`);
  }
  if (summoned.reported) {
    throw illegalState(`Department ${departmentId} has already reported on summons ${summonsId}`);
  }
  if (summoned.withdrawn) {
    throw illegalState(
      `Summons ${summonsId} was withdrawn before department ${departmentId} reported`,
    );
  }
  return [{ type: 'DepartmentReported', data: { caseId, summonsId, departmentId, response } }];
}

export function decideWithdrawSummons(
  { caseId, actor, payload }: WithdrawSummons,
  state: ExistingCase,
): CaseEvent[] {
  const { summonsId, reason } = payload;
  const summons = state.summonses.find((candidate) => candidate.summonsId === summonsId);
  // The level that summoned may call it off, and so may the level holding the case now
  // (a summons made below follows the case up). Checked before the summons is looked at.
  const summoningLevel = summons?.level ?? state.level;
  if (!isStaffAt(actor, summoningLevel, state)) {
    requireStaffAt(actor, state.level, state, `withdraw summons ${summonsId} on`);
  }
  const active = requireActive(state, 'have a summons withdrawn');
  if (!summons) throw invalid(`Case ${caseId} has no summons ${summonsId}`);
  const owed = summons.departments.filter((entry) => !entry.reported && !entry.withdrawn);
  if (owed.length === 0) {
    throw illegalState(
      `Summons ${summonsId} on case ${active.caseId} has nothing to withdraw: ` +
        'every department reported or was already called off',
    );
  }
  return [
    {
      type: 'SummonsWithdrawn',
      data: {
        caseId,
        summonsId,
        departmentIds: owed.map((entry) => entry.departmentId),
        reason,
      },
    },
  ];
}
