import type { DisputeType, IssueSource, PartyRole, RiskLevel } from '@gridline/events';
import { apiRequest } from '../../common/api/apiRequest.ts';
import type { CommandAnswer } from '../../caseWork/caseTypes.ts';

export interface NewCasePlace {
  readonly streetId: string;
  readonly communityId: string;
  readonly gridId: string;
  readonly buildingId?: string;
  readonly location?: string;
}

export interface LogDisputeBody {
  readonly place: NewCasePlace;
  readonly riskLevel: RiskLevel;
  readonly title: string;
  readonly description: string;
  readonly disputeType: DisputeType;
  readonly source: IssueSource;
  readonly parties: readonly {
    readonly name: string;
    readonly role: PartyRole;
    readonly phone?: string;
    readonly idNumber?: string;
  }[];
}

/** POST /api/cases/disputes — log a dispute (矛盾纠纷); it opens at the person's level. */
export const logDispute = async (
  body: LogDisputeBody,
  idempotencyKey: string,
): Promise<CommandAnswer> =>
  (
    await apiRequest<CommandAnswer>('/api/cases/disputes', {
      method: 'POST',
      body,
      headers: { 'Idempotency-Key': idempotencyKey },
    })
  ).body;
