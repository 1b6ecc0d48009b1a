import { storyOf, wordsFor } from './caseOpenings.ts';
import { tellCaseStory } from './caseStory.ts';
import { fill, type IssueTemplate } from './caseTemplate.ts';
import type { DemoWorld } from './demoWorld.ts';
import type { CommunityPlan } from './districtPlan.ts';
import {
  meetingNotes,
  meetingTopics,
  meetingVenues,
  type MeetingTopic,
} from './meetingCatalogue.ts';
import type { Random } from './random.ts';
import { actorOf, communityStaffOf } from './staffPlan.ts';
import { planStory, startingAt } from './storyPlan.ts';
import { atLocalTime, hours, localDateTag } from './workingTime.ts';

// 书记下午茶 through the meeting service: the community secretary records the meeting the
// same afternoon, each matter raised opens a case at the community with its clock
// running, and the community works it like any case of its own.

interface PlannedMeeting {
  readonly community: CommunityPlan;
  readonly heldAt: Date;
  readonly topic: MeetingTopic;
  readonly matterCount: number;
}

const holdMeeting = async (world: DemoWorld, meeting: PlannedMeeting, random: Random) => {
  const { community, heldAt, topic } = meeting;
  // The first of a community's staff is its Party secretary, who hosts.
  const host = communityStaffOf(world.staff, community.communityId)[0]!;
  const raised = topic.matters
    .slice(0, meeting.matterCount)
    .map((template: IssueTemplate, index) => {
      const matterRandom = random.fork(`matter-${index}`);
      const grid = matterRandom.pick(community.grids);
      const { building, applicant, words } = wordsFor(world, grid, matterRandom);
      const plan = startingAt(planStory(template, matterRandom), 'community');
      return {
        matterId: `m${index + 1}`,
        template,
        grid,
        building,
        applicant,
        words,
        plan,
        matterRandom,
      };
    });
  const outcome = await world.services.meetings.record(
    {
      meetingId: `tea-${localDateTag(heldAt)}-${community.communityId}-${world.seed}`,
      communityId: community.communityId,
      heldAt: heldAt.toISOString(),
      venue: random.pick(meetingVenues),
      residentsAttending: random.int(8, 40),
      topic: topic.topic,
      matters: raised.map(({ matterId, template, grid, building, words, plan }) => ({
        matterId,
        category: template.category,
        riskLevel: plan.riskLevel,
        title: fill(template.title, words),
        description: fill(template.description, words),
        gridId: grid.gridId,
        buildingId: building.buildingId,
      })),
      note: random.pick(meetingNotes),
    },
    world.context(actorOf(host), world.timeline.now(), heldAt),
  );
  world.record(outcome.events);
  world.tally('IssueReported', outcome.openedCaseIds.length);
  outcome.openedCaseIds.forEach((caseId, index) => {
    const { template, grid, words, plan, applicant, matterRandom } = raised[index]!;
    const opened = {
      caseId,
      random: matterRandom,
      template,
      plan,
      grid,
      words,
      opener: host,
      respondent: applicant,
    };
    world.timeline.spawn(world.timeline.now(), () => tellCaseStory(storyOf(world, opened)));
  });
};

const nextMonth = (date: Date): Date => {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
};

/**
 * A meeting a month in every community (most months; always in the first), on a working
 * afternoon. Returns how many matters they will raise, so that fewer cases arrive otherwise.
 */
export const scheduleMeetings = (world: DemoWorld, random: Random): number => {
  const { timeline, office } = world;
  let matters = 0;
  const communities = world.district.streets.flatMap((street) => street.communities);
  for (const community of communities) {
    const communityRandom = random.fork(community.communityId);
    let month = 0;
    for (let from = timeline.start; from < timeline.end; from = nextMonth(from), month += 1) {
      const until = new Date(Math.min(nextMonth(from).getTime(), timeline.end.getTime()));
      const days = office.workingDays(from, until);
      if (days.length === 0 || (month > 0 && !communityRandom.chance(0.8))) continue;
      const meetingRandom = communityRandom.fork(`meeting-${month}`);
      const heldAt = atLocalTime(meetingRandom.pick(days), meetingRandom.between(14.5, 16));
      const topic = meetingRandom.pick(meetingTopics);
      const matterCount = meetingRandom.int(1, topic.matters.length);
      const recordedAt = new Date(heldAt.getTime() + hours(meetingRandom.between(1.5, 2.5)));
      if (recordedAt >= timeline.end) continue;
      matters += matterCount;
      const meeting = { community, heldAt, topic, matterCount };
      timeline.spawn(recordedAt, () => holdMeeting(world, meeting, meetingRandom));
    }
  }
  return matters;
};
