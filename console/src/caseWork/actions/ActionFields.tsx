import type { CaseAction } from '../availableActions.ts';
import type { CaseSnapshot } from '../caseTypes.ts';
import { CloseFields, ReopenFields, ReturnVisitFields, VerifyFields } from './AftercareFields.tsx';
import { AssignFields } from './AssignFields.tsx';
import { EscalationFields } from './EscalationFields.tsx';
import { ExtendDeadlineFields, ReturnFields, RiskFields } from './LevelStepFields.tsx';
import { MediationFields } from './MediationFields.tsx';
import { SummonFields } from './SummonFields.tsx';
import { ReportFields, WithdrawSummonsFields } from './SummonsStepFields.tsx';
import { NoteFields, ResolutionFields } from './TextStepFields.tsx';

/** The fields a step asks for; accepting asks for nothing. */
export function ActionFields({
  action,
  snapshot,
}: {
  readonly action: CaseAction;
  readonly snapshot: CaseSnapshot;
}) {
  const { state } = snapshot;
  switch (action) {
    case 'assign':
      return <AssignFields state={state} />;
    case 'accept':
      return null;
    case 'mediate':
      return <MediationFields />;
    case 'summon':
      return <SummonFields state={state} />;
    case 'report':
      return <ReportFields state={state} />;
    case 'withdrawSummons':
      return <WithdrawSummonsFields state={state} />;
    case 'escalate':
      return <EscalationFields state={state} />;
    case 'returnDown':
      return <ReturnFields state={state} />;
    case 'reassessRisk':
      return <RiskFields state={state} />;
    case 'extendDeadline':
      return <ExtendDeadlineFields state={state} />;
    case 'resolve':
      return <ResolutionFields state={state} />;
    case 'verify':
      return <VerifyFields />;
    case 'returnVisit':
      return <ReturnVisitFields />;
    case 'reopen':
      return <ReopenFields state={state} />;
    case 'close':
      return <CloseFields state={state} />;
    case 'note':
      return <NoteFields />;
  }
}
