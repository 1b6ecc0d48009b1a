import type { InspectionCommandResponse } from '@gridline/projections';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import { useState } from 'react';
import { useLastWriteStore } from '../../common/api/lastWriteStore.ts';
import { retryKeys } from '../../common/api/retryKeys.ts';
import { useServerFieldErrors } from '../../common/ui/useServerFieldErrors.ts';
import { recordInspection, type RecordInspectionBody } from './recordInspection.ts';

/**
 * Records a patrol from the form: a retry of the same body keeps its key, the server's field
 * errors appear next to the fields, and the patch, the figures and the lists (findings may
 * open cases) include it once written.
 */
export function useRecordInspection(
  form: FormInstance,
  onRecorded: (answer: InspectionCommandResponse) => void,
) {
  const client = useQueryClient();
  const wrote = useLastWriteStore((state) => state.wrote);
  const [keys] = useState(retryKeys);
  const mutation = useMutation({
    mutationFn: (body: RecordInspectionBody) => recordInspection(body, keys.keyFor(body)),
    onSuccess: (answer) => {
      keys.settled(undefined);
      if (answer.position !== null) wrote(answer.position);
      for (const queryKey of [['patch'], ['figures'], ['cases', 'board']]) {
        void client.invalidateQueries({ queryKey });
      }
      onRecorded(answer);
    },
    onError: (error) => keys.settled(error),
  });
  useServerFieldErrors(form, mutation.error);
  return mutation;
}
