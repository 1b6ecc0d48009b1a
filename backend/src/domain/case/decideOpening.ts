import type { CaseEvent } from '@gridline/events';
import { describeActor, isFieldStaff, reachesPlace } from './caseAccess.ts';
import type { LogDispute, ReportIssue } from './caseCommands.ts';
import type { CaseState } from './caseState.ts';
import { forbidden, illegalState } from './domainError.ts';

// 群众点单: a grid worker, or anyone above them, opens a case in their own patch. Every
// case starts at the grid level, awaiting dispatch.

export function decideOpening(command: LogDispute | ReportIssue, state: CaseState): CaseEvent[] {
  const { actor, caseId } = command;
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
  return command.type === 'LogDispute'
    ? [{ type: 'DisputeLogged', data: { caseId, ...command.payload } }]
    : [{ type: 'IssueReported', data: { caseId, ...command.payload } }];
}
