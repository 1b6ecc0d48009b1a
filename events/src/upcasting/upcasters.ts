import {
  caseClosedV1ToV2,
  caseResolvedV1ToV2,
  departmentSummonedV1ToV2,
  disputeLoggedV2ToV3,
  issueReportedV1ToV2,
  resolutionVerifiedV1ToV2,
  returnVisitRecordedV1ToV2,
} from './caseFactsV1.ts';
import { disputeLoggedV1ToV2 } from './disputeLoggedV1.ts';
import { upcasterRegistry } from './upcaster.ts';

/** Every upcaster in use; a type at version N needs one from each of 1 … N-1. */
export const upcasters = [
  disputeLoggedV1ToV2,
  disputeLoggedV2ToV3,
  issueReportedV1ToV2,
  caseResolvedV1ToV2,
  resolutionVerifiedV1ToV2,
  returnVisitRecordedV1ToV2,
  departmentSummonedV1ToV2,
  caseClosedV1ToV2,
];

export const defaultUpcasterRegistry = upcasterRegistry(upcasters);
