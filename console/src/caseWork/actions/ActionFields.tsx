import type { CaseAction } from '../availableActions.ts';
import type { CaseSnapshot } from '../caseTypes.ts';
import { AssignFields } from './AssignFields.tsx';
import { EscalationFields } from './EscalationFields.tsx';
import { MediationFields } from './MediationFields.tsx';
import { NoteFields, ResolutionFields } from './TextStepFields.tsx';

/** The fields a step asks for; accepting asks for nothing. */
export function ActionFields({
  action,
  snapshot,
}: {
  readonly action: CaseAction;
  readonly snapshot: CaseSnapshot;
}) {
  switch (action) {
    case 'assign':
      return <AssignFields state={snapshot.state} />;
    case 'accept':
      return null;
    case 'mediate':
      return <MediationFields />;
    case 'escalate':
      return <EscalationFields state={snapshot.state} />;
    case 'resolve':
      return <ResolutionFields state={snapshot.state} />;
    case 'note':
      return <NoteFields />;
  }
}
