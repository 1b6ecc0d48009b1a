import type { Actor, CaseEvent, OpeningLevel } from '@gridline/events';
import { describeActor, isFieldStaff, reachesPlace } from './caseAccess.ts';
import type { LogDispute, ReportIssue } from './caseCommands.ts';
import { deadlineAt, type CaseDecisionContext } from './caseDecisionContext.ts';
import type { CaseState } from './caseState.ts';
import { forbidden, illegalState } from './domainError.ts';

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
