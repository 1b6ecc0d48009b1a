import type { Actor, CaseEvent, OpeningLevel } from '@gridline/events';
import { describeActor, isFieldStaff, reachesPlace } from './caseAccess.ts';
import type { LogDispute, ReportIssue } from './caseCommands.ts';
import { deadlineAt, type CaseDecisionContext } from './caseDecisionContext.ts';
import type { CaseState } from './caseState.ts';
import { forbidden, illegalState, invalid } from './domainError.ts';

// 群众点单: a grid worker, or anyone above them, opens a case in their own patch. It opens
// at the opener's level — a matter raised at 书记下午茶 starts with the community, a hotline
// referral taken by the street starts there — and that level's clock starts at once.

/** The level a case opens at when this person opens it; a district admin opens at the grid. */
export const openingLevelOf = (actor: Actor): OpeningLevel => {
  switch (actor.role) {
    case 'community_staff':
      return 'community';
    case 'street_supervisor':
      return 'street';
    default:
      return 'grid';
  }
};

export function decideOpening(
  command: LogDispute | ReportIssue,
  state: CaseState,
  context: CaseDecisionContext,
): CaseEvent[] {
  const { actor, caseId, now } = command;
  const { place } = command.payload;
  if (!isFieldStaff(actor)) {
    throw forbidden(
      `${describeActor(actor)} may not open case ${caseId}: grid workers and the staff above them do`,
    );
  }
  if (!reachesPlace(actor, place)) {
    throw forbidden(
      `${describeActor(actor)} may not open a case in grid ${place.gridId}: it is outside their scope`,
    );
  }
  if (state.status !== 'none') throw illegalState(`Case ${caseId} already exists`);
  requireRecordedPatrol(command);
  const level = openingLevelOf(actor);
  const intake = {
    caseId,
    level,
    deadline: deadlineAt(level, command.payload.riskLevel, now, context),
  };
  return command.type === 'LogDispute'
    ? [{ type: 'DisputeLogged', data: { ...command.payload, ...intake } }]
    : [{ type: 'IssueReported', data: { ...command.payload, ...intake } }];
}

/**
 * A case found on patrol names a patrol recorded in the case's own grid, so the
 * proactive-discovery figure counts only patrols that happened. Checked after role and
 * scope, so nobody learns where a patrol took place from a refusal.
 */
function requireRecordedPatrol(command: LogDispute | ReportIssue): void {
  const { inspectionId, source, place } = command.payload;
  if (inspectionId === undefined) {
    if (source === 'inspection') {
      throw invalid('inspectionId: a case found on patrol names the patrol that found it');
    }
    return;
  }
  if (source !== 'inspection') {
    throw invalid('inspectionId: only a case found on patrol (source "inspection") names one');
  }
  if (command.patrolGridId === null || command.patrolGridId === undefined) {
    throw invalid(`inspectionId: no patrol ${inspectionId} is recorded`);
  }
  if (command.patrolGridId !== place.gridId) {
    throw invalid(
      `inspectionId: patrol ${inspectionId} was in grid ${command.patrolGridId}, not ${place.gridId}`,
    );
  }
}
