import { acceptCase } from '../api/acceptCase.ts';
import { addCaseNote } from '../api/addCaseNote.ts';
import { assignCase, type AssignCaseBody } from '../api/assignCase.ts';
import { escalateCase, type EscalateCaseBody } from '../api/escalateCase.ts';
import { recordMediation, type RecordMediationBody } from '../api/recordMediation.ts';
import { resolveCase, type ResolveCaseBody } from '../api/resolveCase.ts';
import type { CaseCommandTarget } from '../api/sendCaseCommand.ts';
import type { CaseAction } from '../availableActions.ts';
import type { CommandAnswer } from '../caseTypes.ts';
import { withoutBlanks } from '../../common/api/withoutBlanks.ts';

type FormValues = Record<string, unknown>;

/** Each step's call, taking the form's values as they are. */
export const actionSenders: Record<
  CaseAction,
  (target: CaseCommandTarget, values: FormValues) => Promise<CommandAnswer>
> = {
  assign: (target, values) =>
    assignCase(target, withoutBlanks(values) as unknown as AssignCaseBody),
  accept: (target) => acceptCase(target),
  mediate: (target, values) =>
    recordMediation(target, withoutBlanks(values) as unknown as RecordMediationBody),
  escalate: (target, values) =>
    escalateCase(target, withoutBlanks(values) as unknown as EscalateCaseBody),
  resolve: (target, values) =>
    resolveCase(target, withoutBlanks(values) as unknown as ResolveCaseBody),
  note: (target, values) =>
    addCaseNote(target, withoutBlanks(values) as unknown as { text: string }),
};
