import type { IssueSource, OpeningLevel } from '@gridline/events';
import type { DemoWorld } from './demoWorld.ts';
import type { GridPlan } from './districtPlan.ts';
import type { Random } from './random.ts';
import { communityStaffOf, supervisorsOf, teamOf, type StaffMember } from './staffPlan.ts';
import type { StoryPlan } from './storyPlan.ts';

// Who takes a resident's case, and so where it opens (a case opens at its opener's
// level): the grid team mostly; the community's desk for some walk-ins it will handle
// itself; the street for 12345 hotline tickets it will settle itself.

/** Where a resident's case opens: the street takes hotline tickets it will settle itself. */
export const openingLevelFor = (
  source: IssueSource,
  plan: StoryPlan,
  random: Random,
): OpeningLevel => {
  const high = plan.settledAt === 'street' || plan.settledAt === 'department';
  if (source === 'hotline' && high) return 'street';
  const walksIn = source === 'resident';
  return walksIn && plan.settledAt !== 'grid' && random.chance(0.3) ? 'community' : 'grid';
};

export const openerFor = (
  world: DemoWorld,
  grid: GridPlan,
  plan: StoryPlan,
  source: IssueSource,
  random: Random,
): StaffMember => {
  const { place } = grid;
  switch (plan.openedAt) {
    case 'street':
      return random.pick(supervisorsOf(world.staff, place.streetId));
    case 'community':
      return random.pick(communityStaffOf(world.staff, place.communityId));
    default: {
      const team = teamOf(world.staff, grid.gridId);
      if (source === 'referral' || random.chance(0.15)) return team.leader;
      return random.pick(team.workers);
    }
  }
};
