import type { IssueCategory, RiskLevel, WelfareCheck } from '@gridline/events';
import type { InspectionCommandResponse } from '@gridline/projections';
import { apiRequest } from '../../common/api/apiRequest.ts';

/** A patrol as POST /api/inspections takes it (docs/api.md). */
export interface RecordInspectionBody {
  readonly inspectionId: string;
  readonly gridId: string;
  readonly inspectorId: string;
  readonly startedAt: string;
  readonly endedAt: string;
  readonly buildingsVisited: readonly {
    readonly buildingId: string;
    readonly householdsVisited: number;
  }[];
  readonly welfareChecks: readonly WelfareCheck[];
  readonly findings: readonly {
    readonly findingId: string;
    readonly category: IssueCategory;
    readonly title: string;
    readonly description?: string;
    readonly buildingId?: string;
    /** Minted here: a finding with a case id (and a risk level) opens that case. */
    readonly caseId?: string;
    readonly riskLevel?: RiskLevel;
  }[];
  readonly note?: string;
}

/**
 * POST /api/inspections — record a patrol. The inspection id is minted once per form, so
 * sending it again after a lost answer finds the patrol already recorded.
 */
export const recordInspection = async (
  body: RecordInspectionBody,
  idempotencyKey: string,
): Promise<InspectionCommandResponse> =>
  (
    await apiRequest<InspectionCommandResponse>('/api/inspections', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    })
  ).body;
