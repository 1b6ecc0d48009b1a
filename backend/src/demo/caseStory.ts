import { aftercare } from './aftercare.ts';
import { communityStage, departmentStage, gridStage, streetStage } from './caseStages.ts';
import type { CaseStory } from './caseSteps.ts';

// A case's whole life, one rung at a time (分级排查、逐级调解): the grid tries first; what
// it cannot settle goes to the community, then the street, then a department. A case
// the community sends back is settled in the grid after all. Then comes the aftercare.
// Where the simulated window ends, the story simply stops: the case stays open.

const settle = async (story: CaseStory): Promise<void> => {
  if ((await gridStage(story)) === 'settled') return;
  const community = await communityStage(story);
  if (community === 'returned') {
    await gridStage(story, true);
    return;
  }
  if (community === 'settled') return;
  if ((await streetStage(story)) === 'settled') return;
  await departmentStage(story);
};

export const tellCaseStory = async (story: CaseStory): Promise<void> => {
  await settle(story);
  await aftercare(story);
};
