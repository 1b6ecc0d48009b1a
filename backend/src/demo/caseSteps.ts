import type { Level, MediationOutcome, ResolutionOutcome } from '@gridline/events';
import type { CasePlace } from '@gridline/events';
import { isActive, type CaseState } from '../domain/case/caseState.ts';
import type { CaseDriver } from './caseDriver.ts';
import { fill, type CaseTemplate, type TemplateWords } from './caseTemplate.ts';
import type { DemoWorld } from './demoWorld.ts';
import { departmentFor } from './districtPlan.ts';
import type { Resident } from './residents.ts';
import type { StaffMember } from './staffPlan.ts';
import type { StoryPlan } from './storyPlan.ts';
import {
  departmentResponses,
  extensionReasons,
  mediationSummaries,
  outcomeSummaries,
  summonsRequest,
} from './storyTexts.ts';
import { atLocalTime, hours, minutes } from './workingTime.ts';

// Steps that several rungs of the ladder share: working a case up to (or past) its
// deadline, summoning departments, mediating, resolving.

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

/**
 * The time the work at `level` takes: usually a while within the deadline; on a late
 * case past it (the deadline process records the miss); on an extended one, the overseer
 * grants more time on the day it falls due and the work ends after the original date.
 */
export const workAt = async (
  { world, d, plan }: CaseStory,
  level: Level,
  overseer: StaffMember,
  officeHours: readonly [number, number],
): Promise<void> => {
  const { office } = world;
  const random = d.random;
  if (plan.extendedAt === level) {
    const due = dueOf(d.state());
    await d.until(atLocalTime(due, random.between(9, 11)));
    const newDeadline = world.decision.calendar.addWorkingDays(due, random.int(3, 5));
    await d.run('ExtendDeadline', overseer, {
      newDeadline: newDeadline.toISOString(),
      reason: random.pick(extensionReasons),
    });
    await d.until(office.addOfficeTime(due, hours(random.between(1, 12))));
    return;
  }
  if (plan.overdueAt === level) {
    await d.until(office.addOfficeTime(dueOf(d.state()), hours(random.between(1, 14))));
    return;
  }
  await d.pause(random.between(...officeHours));
};

/** 吹哨报到: the lead department and, often, an assisting one report in. */
export const summonDepartments = async (story: CaseStory, by: StaffMember): Promise<void> => {
  const { world, d, plan, template, place } = story;
  const random = d.random;
  const [leadKind, ...assistingKinds] = template.departments;
  const lead = leadKind && departmentFor(world.district, place.streetId, leadKind);
  if (!lead) return;
  const assisting = assistingKinds
    .filter(() => random.chance(0.6))
    .flatMap((kind) => departmentFor(world.district, place.streetId, kind) ?? []);
  await d.run('SummonDepartments', by, {
    leadDepartmentId: lead.departmentId,
    assistingDepartmentIds: assisting.map((department) => department.departmentId),
    urgent: plan.urgentSummons,
    request: summonsRequest(story.title, plan.urgentSummons),
  });
  const state = d.state();
  const summons = state.status === 'none' ? undefined : state.summonses.at(-1);
  if (!summons) throw new Error('The summons just made is not in the case state');
  const reports = summons.departments.map((summoned, index) => {
    const reportBy = new Date(summoned.reportBy);
    const late = plan.lateReport && index === 0;
    const now = world.timeline.now();
    const at = plan.urgentSummons
      ? new Date(now.getTime() + minutes(late ? random.int(35, 90) : random.int(8, 25)))
      : late
        ? world.office.addOfficeTime(reportBy, hours(random.between(1, 6)))
        : world.office.addOfficeTime(now, hours(random.between(0.5, 7)));
    return { at, departmentId: summoned.departmentId };
  });
  reports.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { at, departmentId } of reports) {
    await d.until(at);
    const kind = world.district.departments.find((dep) => dep.departmentId === departmentId)!.kind;
    await d.run('RecordDepartmentReport', world.staff.departments.get(departmentId)!, {
      summonsId: summons.summonsId,
      departmentId,
      response: departmentResponses[kind],
    });
  }
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
