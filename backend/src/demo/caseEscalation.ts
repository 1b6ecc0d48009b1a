import type { EscalationReason, Level, RiskLevel } from '@gridline/events';
import type { ExistingCase } from '../domain/case/caseState.ts';
import type { CaseStory } from './caseSteps.ts';
import { departmentFor } from './districtPlan.ts';
import type { StaffMember } from './staffPlan.ts';
import { escalationExplanations, riskReasons } from './storyTexts.ts';

// 上报 and 风险研判: passing a case one rung up for a reason its record bears out, and
// judging its risk anew at the level it opened at.

const existing = (story: CaseStory): ExistingCase => {
  const state = story.d.state();
  if (state.status === 'none') throw new Error(`Case ${story.d.caseId} is not open`);
  return state;
};

const isHigh = (risk: RiskLevel): boolean => risk === 'high' || risk === 'critical';

/**
 * Why the case leaves `level`, read from its record as the rules read it: a deadline
 * missed here, a risk judged high, a mediation failed here; failing those, it is beyond
 * the level's authority.
 */
export const reasonToLeave = (story: CaseStory, level: Level): EscalationReason => {
  const state = existing(story);
  const { plan } = story;
  if (plan.overdueAt === level && state.missedDeadlines.some((miss) => miss.level === level)) {
    return 'overdue';
  }
  const raisedHere = plan.reassessment === 'raised' && plan.openedAt === level;
  if (raisedHere && isHigh(state.riskLevel)) return 'high_risk';
  if (state.failedMediationLevels.includes(level)) return 'mediation_failed';
  if (level === 'grid' && isHigh(state.riskLevel)) return 'high_risk';
  return 'beyond_authority';
};

export const escalate = async (story: CaseStory, by: StaffMember, from: Level): Promise<void> => {
  const toLevel = from === 'grid' ? 'community' : from === 'community' ? 'street' : 'department';
  const lead = story.template.departments[0];
  const department =
    toLevel === 'department' && lead
      ? departmentFor(story.world.district, story.place.streetId, lead)
      : undefined;
  const reason = reasonToLeave(story, from);
  await story.d.run('EscalateCase', by, {
    toLevel,
    reason,
    explanation: story.d.random.pick(escalationExplanations[reason]),
    ...(department ? { departmentId: department.departmentId } : {}),
  });
};

/** Staff of the level the case opened at judge its risk anew, if the plan says so. */
export const reassessRisk = async (
  story: CaseStory,
  by: StaffMember,
  level: Level,
): Promise<void> => {
  const { plan, d } = story;
  if (plan.reassessment === null || plan.openedAt !== level) return;
  const raised = plan.reassessment === 'raised';
  // Nothing to judge anew when the risk already is what the plan would make it.
  if (raised === isHigh(existing(story).riskLevel)) return;
  await d.pause(d.random.between(0.5, 3));
  await d.run('ReassessRisk', by, {
    riskLevel: raised ? 'high' : 'medium',
    reason: d.random.pick(riskReasons[plan.reassessment]),
  });
};
