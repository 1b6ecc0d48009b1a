import type { StoryPlan } from './storyPlan.ts';

// The first cases of every district show each path once, whatever the seed, so that a
// person trying the product finds every rule at work in a small district too.

export interface Showcase {
  readonly templateKey: string;
  readonly plan: Partial<StoryPlan>;
}

export const showcases: readonly Showcase[] = [
  // Handed to a department after the street summoned it.
  { templateKey: 'property-fees', plan: { settledAt: 'department', summonAt: 'street' } },
  // A 12345 hotline ticket referred to the street opens there.
  {
    templateKey: 'street-vendors',
    plan: { openedAt: 'street', settledAt: 'street', summonAt: 'street' },
  },
  // Reopened after an unsatisfied visit.
  {
    templateKey: 'roof-leak',
    plan: { settledAt: 'community', summonAt: 'community', visits: ['unsatisfied', 'satisfied'] },
  },
  // Late in the grid: escalated as overdue once the miss is on record.
  { templateKey: 'blocked-drain', plan: { settledAt: 'community', overdueAt: 'grid' } },
  // Sent back down by the community (退单).
  { templateKey: 'corridor-clutter', plan: { settledAt: 'grid', returned: true } },
  // Extended twice in the grid: by the community, then by the street.
  { templateKey: 'noise', plan: { settledAt: 'grid', extendedAt: 'grid', secondExtension: true } },
  // Nobody could be reached for a visit: closed once the window passed.
  { templateKey: 'stair-light', plan: { settledAt: 'grid', visits: [] } },
  { templateKey: 'parking', plan: { settledAt: 'grid', overdueAt: 'grid' } },
  // The four-eyes check fails and the case goes back to work.
  { templateKey: 'door-access', plan: { settledAt: 'grid', failsCheck: true } },
  // Brought to the community's desk; one summoned department is called off.
  {
    templateKey: 'parking-lines',
    plan: {
      openedAt: 'community',
      settledAt: 'community',
      summonAt: 'community',
      withdrawsSummons: true,
    },
  },
  // 网格吹哨: the grid leader calls the departments out within 30 minutes.
  {
    templateKey: 'gas-smell',
    plan: { riskLevel: 'high', settledAt: 'grid', summonAt: 'grid', urgentSummons: true },
  },
  // Judged riskier in the grid, and passed up as high risk.
  {
    templateKey: 'group-rental',
    plan: { riskLevel: 'medium', settledAt: 'community', reassessment: 'raised' },
  },
  // The street closes a case over an unsatisfied visit, with its reason.
  {
    templateKey: 'green-space',
    plan: { settledAt: 'community', visits: ['unsatisfied'], overruled: true },
  },
];

/** Everything that could trip a showcase up is off unless the showcase asks for it. */
const quiet: Partial<StoryPlan> = {
  openedAt: 'grid',
  returned: false,
  summonAt: null,
  lateReport: false,
  withdrawsSummons: false,
  reassessment: null,
  overdueAt: null,
  extendedAt: null,
  secondExtension: false,
  failsCheck: false,
  visits: ['satisfied'],
  overruled: false,
  stalls: false,
};

export const withShowcase = (plan: StoryPlan, showcase: Partial<StoryPlan>): StoryPlan => {
  const merged: StoryPlan = { ...plan, ...quiet, ...showcase };
  return {
    ...merged,
    riskLevel:
      showcase.riskLevel ?? (merged.riskLevel === 'critical' ? 'medium' : merged.riskLevel),
    outcome: merged.outcome === 'withdrawn' ? 'mediated' : merged.outcome,
  };
};
