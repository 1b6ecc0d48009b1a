import { apiRequest } from '../../common/api/apiRequest.ts';
import { casePath } from '../casePaths.ts';
import type { CommandAnswer } from '../caseTypes.ts';

/** What every step on an existing case carries besides its body. */
export interface CaseCommandTarget {
  readonly caseId: string;
  /** The revision the person saw: a stale one is answered 409, and nothing is written. */
  readonly revision: string;
  /** One per attempt the person makes, so a retry after a lost answer writes nothing twice. */
  readonly idempotencyKey: string;
}

/** POST /api/cases/:id/<step> with If-Match and Idempotency-Key. */
export const sendCaseCommand = async (
  step: string,
  target: CaseCommandTarget,
  body: object,
): Promise<CommandAnswer> =>
  (
    await apiRequest<CommandAnswer>(casePath(target.caseId, step), {
      method: 'POST',
      body,
      headers: { 'If-Match': `"${target.revision}"`, 'Idempotency-Key': target.idempotencyKey },
    })
  ).body;
