import type { MediationOutcome } from '@gridline/events';
import { escalate, reassessRisk } from './caseEscalation.ts';
import { mediate, resolve, workAt, type CaseStory } from './caseSteps.ts';
import { summonDepartments } from './summons.ts';
import { shortName } from './placeNames.ts';
import {
  communityStaffOf,
  liaisonOf,
  supervisorsOf,
  teamOf,
  type StaffMember,
} from './staffPlan.ts';
import { caseNotes, returnTexts } from './storyTexts.ts';

// One rung of the ladder each: dispatch (派单) and take (接单), then settle here or pass
// the case up (上报). Each stage says how it ended.

export type StageEnd = 'settled' | 'escalated' | 'returned';

/** A mediation agrees only where the case is settled by it. */
const agreed = ({ plan }: CaseStory, settlesHere: boolean): MediationOutcome =>
  settlesHere && plan.outcome === 'mediated' ? 'agreement' : 'failed';

const dispatch = async (story: CaseStory, by: StaffMember, to: StaffMember, hours: number) => {
  await story.d.pause(hours);
  await story.d.run('AssignCase', by, { assigneeId: to.personId });
  await story.d.pause(story.d.random.between(0.1, 1.5));
  await story.d.run('AcceptCase', to, {});
};

export const gridStage = async (story: CaseStory, again = false): Promise<StageEnd> => {
  const { world, d, plan, place, opener } = story;
  const team = teamOf(world.staff, place.gridId);
  const worker =
    opener.role === 'grid_worker' && opener.scope.id === place.gridId
      ? opener
      : d.random.pick(team.workers);
  // 网格吹哨: in an emergency the leader calls the departments out before anything else.
  if (plan.summonAt === 'grid' && !again) await summonDepartments(story, team.leader);
  await dispatch(story, team.leader, worker, d.random.between(0.3, 3));
  if (plan.note && !again) {
    await d.pause(d.random.between(0.5, 3));
    await d.run('AddCaseNote', worker, { text: d.random.pick(caseNotes) });
  }
  const settles = plan.settledAt === 'grid' && (!plan.returned || again);
  if (plan.outcome !== 'withdrawn' || !settles) {
    await d.pause(d.random.between(1, 6));
    await mediate(story, worker, agreed(story, settles), worker.displayName);
  }
  if (!again) await reassessRisk(story, team.leader, 'grid');
  const overseer = d.random.pick(communityStaffOf(world.staff, place.communityId));
  await workAt(story, 'grid', overseer, [2, 12]);
  if (settles) {
    await resolve(story, worker);
    return 'settled';
  }
  await escalate(story, team.leader, 'grid');
  return 'escalated';
};

export const communityStage = async (story: CaseStory): Promise<StageEnd> => {
  const { world, d, plan, place } = story;
  const [dispatcher, assignee] = d.random.sample(
    communityStaffOf(world.staff, place.communityId),
    2,
  );
  await dispatch(story, dispatcher!, assignee!, d.random.between(0.5, 4));
  if (plan.returned) {
    await d.pause(d.random.between(2, 8));
    await d.run('ReturnCase', dispatcher!, {
      toLevel: 'grid',
      reason: d.random.pick(returnTexts.reasons),
      guidance: d.random.pick(returnTexts.guidance),
    });
    return 'returned';
  }
  await d.pause(d.random.between(0.5, 4));
  if (plan.summonAt === 'community') await summonDepartments(story, assignee!);
  const settles = plan.settledAt === 'community';
  await d.pause(d.random.between(2, 12));
  const community = world.district.streets
    .flatMap((street) => street.communities)
    .find((c) => c.communityId === place.communityId)!;
  await mediate(
    story,
    assignee!,
    agreed(story, settles),
    `${shortName(community.name)}社区人民调解委员会`,
  );
  await reassessRisk(story, dispatcher!, 'community');
  const overseer = d.random.pick(supervisorsOf(world.staff, place.streetId));
  await workAt(story, 'community', overseer, [4, 24]);
  if (settles) {
    await resolve(story, assignee!);
    return 'settled';
  }
  await escalate(story, assignee!, 'community');
  return 'escalated';
};

export const streetStage = async (story: CaseStory): Promise<StageEnd> => {
  const { world, d, plan, place } = story;
  const [first, second] = supervisorsOf(world.staff, place.streetId);
  const [dispatcher, assignee] = d.random.chance(0.5) ? [first!, second!] : [second!, first!];
  const handler = d.random.chance(0.3) ? dispatcher : assignee;
  await dispatch(story, dispatcher, handler, d.random.between(1, 6));
  await d.pause(d.random.between(0.5, 4));
  if (plan.summonAt === 'street') await summonDepartments(story, handler);
  const settles = plan.settledAt === 'street';
  await d.pause(d.random.between(4, 16));
  const street = world.district.streets.find((s) => s.streetId === place.streetId)!;
  await mediate(
    story,
    handler,
    settles ? agreed(story, true) : 'partial',
    `${street.name}人民调解委员会`,
  );
  await reassessRisk(story, dispatcher, 'street');
  await workAt(story, 'street', world.staff.admin, [8, 40]);
  if (settles) {
    await resolve(story, handler);
    return 'settled';
  }
  await escalate(story, handler, 'street');
  return 'escalated';
};

export const departmentStage = async (story: CaseStory): Promise<StageEnd> => {
  const { world, d, place } = story;
  const state = d.state();
  const departmentId = state.status === 'none' ? null : state.departmentId;
  if (!departmentId) throw new Error('A case at the department level names no department');
  const dispatcher = d.random.pick(supervisorsOf(world.staff, place.streetId));
  const liaison = liaisonOf(world.staff, departmentId);
  await dispatch(story, dispatcher, liaison, d.random.between(1, 8));
  await workAt(story, 'department', world.staff.admin, [8, 60]);
  const department = world.district.departments.find((dep) => dep.departmentId === departmentId)!;
  await mediate(story, liaison, agreed(story, true), department.name);
  await d.pause(d.random.between(1, 8));
  await resolve(story, liaison);
  return 'settled';
};
