import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiProblem } from '../common/api/apiProblem.ts';
import { useLastWriteStore } from '../common/api/lastWriteStore.ts';
import { retryKeys } from '../common/api/retryKeys.ts';
import type { CaseCommandTarget } from './api/sendCaseCommand.ts';
import { caseChanged } from './caseQueries.ts';
import type { CaseState, CommandAnswer } from './caseTypes.ts';

export interface CaseCommandInput<Body> {
  readonly caseId: string;
  readonly revision: string;
  readonly body: Body;
}

/**
 * Sends one step on a case and keeps the views in step with the answer. On a stale revision
 * (409 with the current state) the cached case is replaced by the server's, so the page
 * shows what changed while the form keeps what the person typed.
 */
export function useCaseCommand<Body>(
  send: (target: CaseCommandTarget, body: Body) => Promise<CommandAnswer>,
) {
  const client = useQueryClient();
  const wrote = useLastWriteStore((state) => state.wrote);
  const [keys] = useState(retryKeys);

  return useMutation({
    mutationFn: ({ caseId, revision, body }: CaseCommandInput<Body>) =>
      send({ caseId, revision, idempotencyKey: keys.keyFor({ revision, body }) }, body),
    onSuccess: (answer) => {
      keys.settled(undefined);
      if (answer.position !== null) wrote(answer.position);
      caseChanged(client, {
        caseId: answer.id,
        revision: answer.revision,
        state: answer.state,
      });
    },
    onError: (error, { caseId }) => {
      keys.settled(error);
      if (!isApiProblem(error) || error.status !== 409) return;
      const { currentRevision, currentState } = error.extra;
      if (typeof currentRevision === 'string' && currentState) {
        caseChanged(client, {
          caseId,
          revision: currentRevision,
          state: currentState as CaseState,
        });
      } else {
        void client.invalidateQueries({ queryKey: ['cases'] });
      }
    },
  });
}
