import type { Level, ResolutionOutcome, ReturnVisitRating, RiskLevel } from '@gridline/events';
import type { CaseTemplate } from './caseTemplate.ts';
import type { Random } from './random.ts';

// How one case's life will go, decided when it is opened. The proportions follow the
// seed reports: most matters are settled in the grid or the community, a few climb to
// the street and its departments, one in twelve runs late, and most residents are
// satisfied (回访满意) — but not all, and an unsatisfied visit reopens the case.

export interface StoryPlan {
  readonly riskLevel: RiskLevel;
  readonly settledAt: Level;
  /** Goes up to the community, which sends it back down with guidance (退单). */
  readonly returned: boolean;
  readonly summonAt: 'community' | 'street' | null;
  readonly urgentSummons: boolean;
  /** A summoned department reports after its deadline. */
  readonly lateReport: boolean;
  /** The level where the work runs past the deadline (逾期). */
  readonly overdueAt: Level | null;
  /** The level where the overseer grants more time (延期). */
  readonly extendedAt: Level | null;
  /** Return visits in order; after an unsatisfied one the case is reopened. Empty: none. */
  readonly visits: readonly ReturnVisitRating[];
  readonly outcome: ResolutionOutcome;
  readonly note: boolean;
  /** Never settled within the window: waiting for funds, a court, a department (久拖未决). */
  readonly stalls: boolean;
}

const ladder: readonly Level[] = ['grid', 'community', 'street', 'department'];
const upTo = (level: Level): readonly Level[] => ladder.slice(0, ladder.indexOf(level) + 1);

const visitsFor = (random: Random): ReturnVisitRating[] => {
  const second = (): ReturnVisitRating =>
    random.chance(0.75) ? 'satisfied' : 'basically_satisfied';
  const roll = random.next();
  if (roll < 0.07) return ['unsatisfied', second()];
  if (roll < 0.12) return [];
  return [second()];
};

const outcomeFor = (template: CaseTemplate, settledAt: Level, random: Random) => {
  if (template.kind === 'issue') {
    return random.chance(template.category === 'request' ? 0.3 : 0.08) ? 'explained' : 'fixed';
  }
  if (settledAt === 'grid' && random.chance(0.05)) return 'withdrawn';
  if ((settledAt === 'street' || settledAt === 'department') && random.chance(0.2)) {
    return 'referred_to_court';
  }
  return 'mediated';
};

export const planStory = (template: CaseTemplate, random: Random): StoryPlan => {
  const riskLevel = random.weighted(template.risk);
  const wanted = random.weighted(template.settledAt);
  const hasDepartments = template.departments.length > 0;
  const settledAt = wanted === 'department' && !hasDepartments ? 'street' : wanted;
  const summonAt =
    !hasDepartments || settledAt === 'grid'
      ? null
      : settledAt === 'community'
        ? random.chance(0.4)
          ? 'community'
          : null
        : random.chance(0.8)
          ? 'street'
          : 'community';
  const returned = settledAt === 'grid' && random.chance(0.04);
  // A returned case already shows the ladder at work; its clock stays unremarkable.
  const onTime = returned || riskLevel === 'critical';
  const late = !onTime && random.chance(0.08) ? random.pick(upTo(settledAt)) : null;
  const extended = !onTime && random.chance(0.04) ? random.pick(upTo(settledAt)) : null;
  return {
    riskLevel,
    settledAt,
    returned,
    summonAt,
    urgentSummons: riskLevel === 'critical' || (riskLevel === 'high' && random.chance(0.5)),
    lateReport: random.chance(0.15),
    overdueAt: late,
    extendedAt: extended === late ? null : extended,
    visits: visitsFor(random),
    outcome: outcomeFor(template, settledAt, random),
    note: random.chance(0.15),
    stalls: random.chance(0.05),
  };
};

/**
 * The first cases of every district show each path once, whatever the seed: a case
 * handed to a department, a street case with a summons, a reopened one, an overdue one,
 * one sent back down, one given more time, and one closed without a visit.
 */
export const showcases: readonly {
  readonly templateKey: string;
  readonly plan: Partial<StoryPlan>;
}[] = [
  { templateKey: 'property-fees', plan: { settledAt: 'department', summonAt: 'street' } },
  { templateKey: 'street-vendors', plan: { settledAt: 'street', summonAt: 'street' } },
  {
    templateKey: 'roof-leak',
    plan: { settledAt: 'community', summonAt: 'community', visits: ['unsatisfied', 'satisfied'] },
  },
  { templateKey: 'blocked-drain', plan: { settledAt: 'community', overdueAt: 'grid' } },
  { templateKey: 'corridor-clutter', plan: { settledAt: 'grid', returned: true } },
  { templateKey: 'noise', plan: { settledAt: 'grid', extendedAt: 'grid', overdueAt: null } },
  { templateKey: 'stair-light', plan: { settledAt: 'grid', visits: [] } },
  { templateKey: 'parking', plan: { settledAt: 'grid', overdueAt: 'grid' } },
];

export const withShowcase = (plan: StoryPlan, showcase: Partial<StoryPlan>): StoryPlan => {
  const merged = { ...plan, ...showcase };
  // A showcase must run its course: nothing on the clock, nothing to trip it up.
  return {
    ...merged,
    riskLevel: merged.riskLevel === 'critical' ? 'medium' : merged.riskLevel,
    outcome: merged.outcome === 'withdrawn' ? 'mediated' : merged.outcome,
    extendedAt: 'extendedAt' in showcase ? merged.extendedAt : null,
    overdueAt: 'overdueAt' in showcase ? merged.overdueAt : null,
    returned: 'returned' in showcase ? merged.returned : false,
    stalls: false,
  };
};
