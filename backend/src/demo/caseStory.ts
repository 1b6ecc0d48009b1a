import type { Level } from '@gridline/events';
import { aftercare } from './aftercare.ts';
import {
  communityStage,
  departmentStage,
  gridStage,
  streetStage,
  type StageEnd,
} from './caseStages.ts';
import type { CaseStory } from './caseSteps.ts';
import { ladder } from './storyPlan.ts';

// A case's whole life, one rung at a time (分级排查、逐级调解), from the level it opened
// at: what a level cannot settle goes one up, to the community, the street, then a
// department. A case the community sends back is settled in the grid after all. Then
// comes the aftercare. Where the simulated window ends, the story simply stops: the case
// stays open.

const stageAt: Record<Level, (story: CaseStory) => Promise<StageEnd>> = {
  grid: (story) => gridStage(story),
  community: communityStage,
  street: streetStage,
  department: departmentStage,
};

const settle = async (story: CaseStory): Promise<void> => {
  for (const level of ladder.slice(ladder.indexOf(story.plan.openedAt))) {
    const end = await stageAt[level](story);
    if (end === 'settled') return;
    if (end === 'returned') {
      await gridStage(story, true);
      return;
    }
  }
  throw new Error('A case passed the department level unsettled');
};

export const tellCaseStory = async (story: CaseStory): Promise<void> => {
  await settle(story);
  await aftercare(story);
};
