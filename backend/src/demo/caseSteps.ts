import type { Level, MediationOutcome, ResolutionOutcome } from '@gridline/events';
import type { CasePlace } from '@gridline/events';
import { isActive, type CaseState } from '../domain/case/caseState.ts';
import type { CaseDriver } from './caseDriver.ts';
import { fill, type CaseTemplate, type TemplateWords } from './caseTemplate.ts';
import type { DemoWorld } from './demoWorld.ts';
import type { Resident } from './residents.ts';
import { supervisorsOf, type StaffMember } from './staffPlan.ts';
import type { StoryPlan } from './storyPlan.ts';
import { extensionReasons, mediationSummaries, outcomeSummaries } from './storyTexts.ts';
import { atLocalTime, hours } from './workingTime.ts';

// Steps that several rungs of the ladder share: working a case up to (or past) its
// deadline, mediating, resolving. Summonses are in summons.ts.

export interface CaseStory {
  readonly world: DemoWorld;
  readonly d: CaseDriver;
  readonly plan: StoryPlan;
  readonly template: CaseTemplate;
  readonly place: CasePlace;
  readonly title: string;
  readonly words: TemplateWords;
  readonly opener: StaffMember;
  /** Who the return visit asks: the applicant or reporter, if there is one. */
  readonly respondent: Resident | undefined;
}

const dueOf = (state: CaseState): Date => {
  if (!isActive(state) || !state.deadline) throw new Error('The case has no deadline in force');
  return new Date(state.deadline.due);
};

/** Who may extend a level's deadline once more: the street for grid and community. */
const furtherExtender = ({ world, place, d }: CaseStory, level: Level): StaffMember =>
  level === 'grid' || level === 'community'
    ? d.random.pick(supervisorsOf(world.staff, place.streetId))
    : world.staff.admin;

/**
 * 延期: on the day the deadline falls due, `by` moves it on, by no more than the level's
 * own period (the rules refuse longer). Returns the deadline it moved.
 */
const extend = async ({ world, d }: CaseStory, level: Level, by: StaffMember): Promise<Date> => {
  const due = dueOf(d.state());
  await d.until(atLocalTime(due, d.random.between(9, 11)));
  const days = d.random.int(1, world.decision.policy.workingDays[level]);
  const newDeadline = world.decision.calendar.addWorkingDays(due, days);
  await d.run('ExtendDeadline', by, {
    newDeadline: newDeadline.toISOString(),
    reason: d.random.pick(extensionReasons),
  });
  return due;
};

/**
 * The time the work at `level` takes: usually a while within the deadline; on a late
 * case past it (the deadline process records the miss); on an extended one, the overseer
 * grants more time on the day it falls due (and, rarely, the street once more), and the
 * work ends after the date it was due but within the time granted.
 */
export const workAt = async (
  story: CaseStory,
  level: Level,
  overseer: StaffMember,
  officeHours: readonly [number, number],
): Promise<void> => {
  const { world, d, plan } = story;
  const { office } = world;
  const random = d.random;
  if (plan.extendedAt === level) {
    let due = await extend(story, level, overseer);
    if (plan.secondExtension) due = await extend(story, level, furtherExtender(story, level));
    await d.until(office.addOfficeTime(due, hours(random.between(1, 8))));
    return;
  }
  if (plan.overdueAt === level) {
    await d.until(office.addOfficeTime(dueOf(d.state()), hours(random.between(1, 14))));
    return;
  }
  await d.pause(random.between(...officeHours));
};

export const mediate = async (
  { d, template, words }: CaseStory,
  by: StaffMember,
  outcome: MediationOutcome,
  mediatorName: string,
): Promise<void> => {
  if (template.kind !== 'dispute') return;
  await d.run('RecordMediation', by, {
    outcome,
    summary: d.random.pick(mediationSummaries[outcome]),
    mediatorName,
    ...(outcome === 'failed' ? {} : { agreementTerms: fill(template.agreement, words) }),
  });
};

export const resolutionSummary = (
  { template, words, d }: CaseStory,
  outcome: ResolutionOutcome,
): string => {
  switch (outcome) {
    case 'mediated':
      return template.kind === 'dispute'
        ? `${fill(d.random.pick(template.settlements), words)}协议：${fill(template.agreement, words)}`
        : fill(d.random.pick(template.settlements), words);
    case 'fixed':
      return fill(d.random.pick(template.settlements), words);
    default:
      return outcomeSummaries[outcome];
  }
};

export const resolve = async (story: CaseStory, by: StaffMember) => {
  if (story.plan.stalls) await story.d.stop();
  return story.d.run('ResolveCase', by, {
    outcome: story.plan.outcome,
    summary: resolutionSummary(story, story.plan.outcome),
  });
};
