import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldPath, isApiProblem } from '../../shared/api/apiProblem.ts';
import { useLastWriteStore } from '../../shared/api/lastWriteStore.ts';
import { retryKeys } from '../../shared/api/retryKeys.ts';
import type { CommandAnswer } from '../../caseWork/caseTypes.ts';

/**
 * Opens a case from a form: retries keep their idempotency key, the server's field errors
 * appear next to the fields, and the lists include the new case once it is written.
 */
export function useOpenCase<Body>(
  form: FormInstance,
  send: (body: Body, idempotencyKey: string) => Promise<CommandAnswer>,
  onOpened: (answer: CommandAnswer) => void,
) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const wrote = useLastWriteStore((state) => state.wrote);
  const [keys] = useState(retryKeys);
  const mutation = useMutation({
    mutationFn: (body: Body) => send(body, keys.keyFor(body)),
    onSuccess: (answer) => {
      keys.settled(undefined);
      wrote(answer.position);
      void client.invalidateQueries({ queryKey: ['cases', 'board'] });
      onOpened(answer);
    },
    onError: (error) => keys.settled(error),
  });
  const { error } = mutation;
  useEffect(() => {
    if (isApiProblem(error) && error.fieldProblems.length > 0) {
      form.setFields(
        error.fieldProblems.map((problem) => ({
          name: fieldPath(problem.field),
          errors: [t('problem.fieldRefused', { message: problem.message })],
        })),
      );
    }
  }, [error, form, t]);
  return mutation;
}
