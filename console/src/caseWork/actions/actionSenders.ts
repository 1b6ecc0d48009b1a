import { acceptCase } from '../api/acceptCase.ts';
import { addCaseNote } from '../api/addCaseNote.ts';
import { assignCase, type AssignCaseBody } from '../api/assignCase.ts';
import { closeCase } from '../api/closeCase.ts';
import { escalateCase, type EscalateCaseBody } from '../api/escalateCase.ts';
import { extendDeadline } from '../api/extendDeadline.ts';
import { reassessRisk, type ReassessRiskBody } from '../api/reassessRisk.ts';
import { recordMediation, type RecordMediationBody } from '../api/recordMediation.ts';
import { recordReturnVisit } from '../api/recordReturnVisit.ts';
import { reopenCase, type ReopenCaseBody } from '../api/reopenCase.ts';
import { reportDepartment } from '../api/reportDepartment.ts';
import { resolveCase, type ResolveCaseBody } from '../api/resolveCase.ts';
import { returnCase, type ReturnCaseBody } from '../api/returnCase.ts';
import type { CaseCommandTarget } from '../api/sendCaseCommand.ts';
import { summonDepartments } from '../api/summonDepartments.ts';
import { verifyResolution, type VerifyResolutionBody } from '../api/verifyResolution.ts';
import { withdrawSummons, type WithdrawSummonsBody } from '../api/withdrawSummons.ts';
import type { CaseAction } from '../availableActions.ts';
import type { CommandAnswer } from '../caseTypes.ts';
import { extendBody, plainBody, reportBody, returnVisitBody, summonBody } from './requestBodies.ts';

type FormValues = Record<string, unknown>;

// The form rules have checked the required fields; the server checks everything again.
const as = <Body>(values: FormValues): Body => plainBody(values) as unknown as Body;

/** Each step's call, taking the form's values as they are. */
export const actionSenders: Record<
  CaseAction,
  (target: CaseCommandTarget, values: FormValues) => Promise<CommandAnswer>
> = {
  assign: (target, values) => assignCase(target, as<AssignCaseBody>(values)),
  accept: (target) => acceptCase(target),
  mediate: (target, values) => recordMediation(target, as<RecordMediationBody>(values)),
  summon: (target, values) => summonDepartments(target, summonBody(values)),
  report: (target, values) => reportDepartment(target, reportBody(values)),
  withdrawSummons: (target, values) => withdrawSummons(target, as<WithdrawSummonsBody>(values)),
  escalate: (target, values) => escalateCase(target, as<EscalateCaseBody>(values)),
  returnDown: (target, values) => returnCase(target, as<ReturnCaseBody>(values)),
  reassessRisk: (target, values) => reassessRisk(target, as<ReassessRiskBody>(values)),
  extendDeadline: (target, values) => extendDeadline(target, extendBody(values)),
  resolve: (target, values) => resolveCase(target, as<ResolveCaseBody>(values)),
  verify: (target, values) => verifyResolution(target, as<VerifyResolutionBody>(values)),
  returnVisit: (target, values) => recordReturnVisit(target, returnVisitBody(values)),
  reopen: (target, values) => reopenCase(target, as<ReopenCaseBody>(values)),
  close: (target, values) => closeCase(target, plainBody(values)),
  note: (target, values) => addCaseNote(target, as<{ text: string }>(values)),
};
