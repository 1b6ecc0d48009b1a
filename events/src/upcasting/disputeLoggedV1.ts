import {
  disputeLoggedV1Schema,
  type DisputeLoggedV1,
  type DisputeLoggedV2,
  type DisputeParty,
} from '../case/caseOpening.ts';
import { defineUpcaster } from './upcaster.ts';

// v1 kept bare party names and one contact phone. The first name was always the person
// who came to the grid worker, so it becomes the applicant and the phone is theirs.
export const disputeLoggedV1ToV2 = defineUpcaster({
  type: 'DisputeLogged',
  fromVersion: 1,
  fromSchema: disputeLoggedV1Schema,
  up({ partyNames, phone, ...unchanged }: DisputeLoggedV1): DisputeLoggedV2 {
    const parties = partyNames.map((name, index): DisputeParty =>
      index === 0
        ? { name, role: 'applicant', ...(phone === undefined ? {} : { phone }) }
        : { name, role: 'respondent' },
    );
    return { ...unchanged, parties };
  },
});
