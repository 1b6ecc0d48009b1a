import type { CaseEvent } from '@gridline/events';
import { summonsReportDeadline } from '../deadlines/index.ts';
import { describeActor, isAdmin, isStaffAt } from './caseAccess.ts';
import type { RecordDepartmentReport, SummonDepartments } from './caseCommands.ts';
import type { CaseDecisionContext } from './caseDecisionContext.ts';
import type { ExistingCase } from './caseState.ts';
import { refuseActor, requireActive } from './caseGuards.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

// 吹哨报到: community or street staff summon one lead department and any assisting ones;
// each must report in by its own deadline.

export function decideSummon(
  { caseId, actor, payload, now, summonsId, existingDepartmentIds }: SummonDepartments,
  state: ExistingCase,
  { policy, calendar }: CaseDecisionContext,
): CaseEvent[] {
  if (!isStaffAt(actor, 'community', state) && !isStaffAt(actor, 'street', state)) {
    refuseActor(
      actor,
      'summon departments to',
      state,
      "the community's staff or the street's supervisor",
    );
  }
  const active = requireActive(state, 'summon departments');
  const { leadDepartmentId, assistingDepartmentIds, urgent, request } = payload;
  const named = [leadDepartmentId, ...assistingDepartmentIds];
  const repeated = named.find((departmentId, index) => named.indexOf(departmentId) !== index);
  if (repeated !== undefined) {
    throw invalid(`Department ${repeated} is named more than once in one summons`);
  }
  const unknown = named.filter((departmentId) => !existingDepartmentIds.includes(departmentId));
  if (unknown.length > 0) throw invalid(`No such department: ${unknown.join(', ')}`);
  if (active.summonses.some((summons) => summons.summonsId === summonsId)) {
    throw illegalState(`Case ${caseId} already has a summons ${summonsId}`);
  }
  const reportBy = summonsReportDeadline({ urgent, from: now }, policy, calendar).toISOString();
  return [
    {
      type: 'DepartmentSummoned',
      data: {
        caseId,
        summonsId,
        lead: { departmentId: leadDepartmentId, reportBy },
        assisting: assistingDepartmentIds.map((departmentId) => ({ departmentId, reportBy })),
        urgent,
        request,
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
  return [{ type: 'DepartmentReported', data: { caseId, summonsId, departmentId, response } }];
}
