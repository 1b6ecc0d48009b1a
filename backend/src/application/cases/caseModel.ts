import type { CaseEvent } from '@gridline/events';
import { evolveCase } from '../../domain/case/evolveCase.ts';
import { noCase, type CaseState } from '../../domain/case/caseState.ts';
import { DomainError } from '../../domain/domainError.ts';
import type { StreamModel } from '../handleStreamCommand.ts';
import { mayReadCase } from '../../domain/case/caseAccess.ts';

/** How a case stream folds: the case rules read who resolved it and when from the envelope. */
export const caseModel: StreamModel<CaseState, CaseEvent> = {
  initialState: noCase,
  evolve: (state, event, metadata) => evolveCase(state, { ...event, metadata }),
  conflictView: (state, actor) => {
    if (state.status !== 'none' && !mayReadCase(actor, state)) {
      throw new DomainError('forbidden', 'This case is outside your scope.');
    }
    return state;
  },
};
