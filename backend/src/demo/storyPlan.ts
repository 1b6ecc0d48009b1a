import type {
  Level,
  OpeningLevel,
  ResolutionOutcome,
  ReturnVisitRating,
  RiskLevel,
} from '@gridline/events';
import type { CaseTemplate } from './caseTemplate.ts';
import type { Random } from './random.ts';

// How one case's life will go, decided when it is opened. The proportions follow the
// seed reports: most matters are settled in the grid or the community, a few climb to
// the street and its departments, one in twelve runs late, and most residents are
// satisfied (回访满意) — but not all, and an unsatisfied visit reopens the case.

export interface StoryPlan {
  readonly riskLevel: RiskLevel;
  /** Where the case opens: the grid, the community's desk or meeting, the street's hotline. */
  readonly openedAt: OpeningLevel;
  readonly settledAt: Level;
  /** Goes up to the community, which sends it back down with guidance (退单). */
  readonly returned: boolean;
  /** The level that blows the whistle (吹哨); the grid does so only in an emergency. */
  readonly summonAt: 'grid' | 'community' | 'street' | null;
  readonly urgentSummons: boolean;
  /** A summoned department reports after its deadline. */
  readonly lateReport: boolean;
  /** The summoning level calls off the departments it no longer needs. */
  readonly withdrawsSummons: boolean;
  /** Staff at the opening level judge the risk anew: up before passing it on, or down. */
  readonly reassessment: 'raised' | 'lowered' | null;
  /** The level where the work runs past the deadline (逾期). */
  readonly overdueAt: Level | null;
  /** The level where the overseer grants more time (延期). */
  readonly extendedAt: Level | null;
  /** A second extension at that level, which only the street (or the district) may grant. */
  readonly secondExtension: boolean;
  /** The four-eyes check finds the work not done, and the case goes back to work once. */
  readonly failsCheck: boolean;
  /** Return visits in order; after an unsatisfied one the case is reopened. Empty: none. */
  readonly visits: readonly ReturnVisitRating[];
  /** The last visit is unsatisfied and the street closes the case over it (诉求不合理). */
  readonly overruled: boolean;
  readonly outcome: ResolutionOutcome;
  readonly note: boolean;
  /** Never settled within the window: waiting for funds, a court, a department (久拖未决). */
  readonly stalls: boolean;
}

export const ladder: readonly Level[] = ['grid', 'community', 'street', 'department'];
const rank = (level: Level): number => ladder.indexOf(level);
const upTo = (level: Level): readonly Level[] => ladder.slice(0, rank(level) + 1);

const visitsFor = (random: Random): Pick<StoryPlan, 'visits' | 'overruled'> => {
  const second = (): ReturnVisitRating =>
    random.chance(0.75) ? 'satisfied' : 'basically_satisfied';
  const roll = random.next();
  if (roll < 0.07) return { visits: ['unsatisfied', second()], overruled: false };
  if (roll < 0.075) return { visits: ['unsatisfied'], overruled: true };
  if (roll < 0.125) return { visits: [], overruled: false };
  return { visits: [second()], overruled: false };
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

const summonLevelFor = (
  settledAt: Level,
  riskLevel: RiskLevel,
  hasDepartments: boolean,
  random: Random,
): StoryPlan['summonAt'] => {
  if (!hasDepartments) return null;
  switch (settledAt) {
    case 'grid':
      // 网格吹哨: a grid leader calls the departments out only when it cannot wait.
      return (riskLevel === 'high' || riskLevel === 'critical') && random.chance(0.5)
        ? 'grid'
        : null;
    case 'community':
      return random.chance(0.4) ? 'community' : null;
    default:
      return random.chance(0.8) ? 'street' : 'community';
  }
};

const reassessmentFor = (riskLevel: RiskLevel, random: Random): StoryPlan['reassessment'] => {
  if (riskLevel === 'high' || riskLevel === 'critical') {
    return random.chance(0.15) ? 'lowered' : null;
  }
  return random.chance(0.05) ? 'raised' : null;
};

/** A case planned as if it opened in the grid; `startingAt` moves it to where it opens. */
export const planStory = (template: CaseTemplate, random: Random): StoryPlan => {
  const riskLevel = random.weighted(template.risk);
  const wanted = random.weighted(template.settledAt);
  const hasDepartments = template.departments.length > 0;
  const settledAt = wanted === 'department' && !hasDepartments ? 'street' : wanted;
  const returned = settledAt === 'grid' && random.chance(0.04);
  // A returned case already shows the ladder at work; its clock stays unremarkable.
  const onTime = returned || riskLevel === 'critical';
  const late = !onTime && random.chance(0.08) ? random.pick(upTo(settledAt)) : null;
  const extended = !onTime && random.chance(0.04) ? random.pick(upTo(settledAt)) : null;
  const extendedAt = extended === late ? null : extended;
  const summonAt = summonLevelFor(settledAt, riskLevel, hasDepartments, random);
  return {
    riskLevel,
    openedAt: 'grid',
    settledAt,
    returned,
    summonAt,
    urgentSummons:
      summonAt === 'grid' ||
      riskLevel === 'critical' ||
      (riskLevel === 'high' && random.chance(0.5)),
    lateReport: random.chance(0.15),
    withdrawsSummons: random.chance(0.12),
    reassessment: reassessmentFor(riskLevel, random),
    overdueAt: late,
    extendedAt,
    secondExtension: extendedAt !== null && random.chance(0.3),
    failsCheck: random.chance(0.03),
    ...visitsFor(random),
    outcome: outcomeFor(template, settledAt, random),
    note: random.chance(0.15),
    stalls: random.chance(0.05),
  };
};

/**
 * The plan of a case that opens at `openedAt`: nothing happens below that level, and it
 * settles there at the lowest. Raising the risk only matters to a case that moves on.
 */
export const startingAt = (plan: StoryPlan, openedAt: OpeningLevel): StoryPlan => {
  const reached = (level: Level | null): level is Level =>
    level !== null && rank(level) >= rank(openedAt);
  const settledAt = reached(plan.settledAt) ? plan.settledAt : openedAt;
  const summonAt = reached(plan.summonAt) ? plan.summonAt : null;
  const extendedAt = reached(plan.extendedAt) ? plan.extendedAt : null;
  return {
    ...plan,
    openedAt,
    settledAt,
    returned: plan.returned && openedAt === 'grid',
    summonAt: summonAt === 'grid' && settledAt !== 'grid' ? null : summonAt,
    reassessment:
      plan.reassessment === 'raised' && settledAt === openedAt ? null : plan.reassessment,
    overdueAt: reached(plan.overdueAt) ? plan.overdueAt : null,
    extendedAt,
    secondExtension: plan.secondExtension && extendedAt !== null,
  };
};
