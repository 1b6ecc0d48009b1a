import { apiRequest } from '../api/apiRequest.ts';

/** Field paths as the API names them. */
export type RevealableField =
  'parties[].name' | 'parties[].phone' | 'parties[].idNumber' | 'reporter.name' | 'reporter.phone';

export interface RevealAnswer {
  readonly caseId: string;
  /** Values by field path; `parties[]` fields list one value per party, in order. */
  readonly revealed: Readonly<Record<string, readonly (string | null)[] | string | null>>;
}

/** POST /api/cases/:id/personal-data-reveals — unmask with a reason, recorded for the auditor. */
export const revealPersonalData = async (
  caseId: string,
  fields: readonly RevealableField[],
  reason: string,
): Promise<RevealAnswer> =>
  (
    await apiRequest<RevealAnswer>(
      `/api/cases/${encodeURIComponent(caseId)}/personal-data-reveals`,
      {
        method: 'POST',
        body: { fields, reason },
        headers: { 'Idempotency-Key': crypto.randomUUID() },
      },
    )
  ).body;
