// The case lifecycle, pure: its state, its commands and the rules that decide them.

export * from './caseState.ts';
export { evolveCase, foldCase, type RecordedCaseEvent } from './evolveCase.ts';
export * from './caseCommands.ts';
export * from './casePayloads.ts';
export { decideCase } from './decideCase.ts';
export {
  defaultCloseAfterDaysWithoutVisit,
  type CaseDecisionContext,
} from './caseDecisionContext.ts';
export { DomainError, type DomainErrorKind } from './domainError.ts';
export { isResidentIdNumber } from './personalDataFormats.ts';
