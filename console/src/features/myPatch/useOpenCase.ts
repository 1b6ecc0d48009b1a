import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';
import { retryKeys } from '../../common/api/retryKeys.ts';
import { useServerFieldErrors } from '../../common/ui/useServerFieldErrors.ts';
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
  const client = useQueryClient();
  const wrote = useLastWriteStore((state) => state.wrote);
  const [keys] = useState(retryKeys);
  const mutation = useMutation({
    mutationFn: (body: Body) => send(body, keys.keyFor(body)),
    onSuccess: (answer) => {
      keys.settled(undefined);
      if (answer.position !== null) wrote(answer.position);
      void client.invalidateQueries({ queryKey: ['cases', 'board'] });
      onOpened(answer);
    },
    onError: (error) => keys.settled(error),
  });
  useServerFieldErrors(form, mutation.error);
  return mutation;
}
