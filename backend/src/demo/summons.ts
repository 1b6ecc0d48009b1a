import type { CaseStory } from './caseSteps.ts';
import { departmentFor } from './districtPlan.ts';
import type { StaffMember } from './staffPlan.ts';
import { departmentResponses, summonsRequest, withdrawalReasons } from './storyTexts.ts';
import { hours, minutes } from './workingTime.ts';

// 吹哨报到: the level holding the case names a lead department and, often, an assisting
// one; each reports in by its own deadline. Now and then the summoning level calls off
// those it no longer needs (撤回), which it must do before the case can be resolved.

interface Arrival {
  readonly at: Date;
  readonly departmentId: string;
}

/** When each named department turns up: on the clock if urgent, late if the plan says so. */
const arrivals = (
  story: CaseStory,
  departments: readonly { departmentId: string; reportBy: string }[],
) => {
  const { world, d, plan } = story;
  const now = world.timeline.now();
  return departments
    .map(({ departmentId, reportBy }, index): Arrival => {
      const late = plan.lateReport && index === 0;
      const at = plan.urgentSummons
        ? new Date(now.getTime() + minutes(late ? d.random.int(35, 90) : d.random.int(8, 25)))
        : late
          ? world.office.addOfficeTime(new Date(reportBy), hours(d.random.between(1, 6)))
          : world.office.addOfficeTime(now, hours(d.random.between(0.5, 7)));
      return { at, departmentId };
    })
    .sort((a, b) => a.at.getTime() - b.at.getTime());
};

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
  // When some are called off, the lead still reports; a lone lead is called off itself.
  const [first, ...rest] = summons.departments;
  const reporting = !plan.withdrawsSummons ? summons.departments : rest.length > 0 ? [first!] : [];
  for (const { at, departmentId } of arrivals(story, reporting)) {
    await d.until(at);
    const kind = world.district.departments.find((dep) => dep.departmentId === departmentId)!.kind;
    await d.run('RecordDepartmentReport', world.staff.departments.get(departmentId)!, {
      summonsId: summons.summonsId,
      departmentId,
      response: departmentResponses[kind],
    });
  }
  if (!plan.withdrawsSummons) return;
  await d.pause(random.between(0.2, 1.5));
  await d.run('WithdrawSummons', by, {
    summonsId: summons.summonsId,
    reason: random.pick(withdrawalReasons[reporting.length > 0 ? 'some' : 'all']),
  });
};
