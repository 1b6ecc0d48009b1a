import type { Level, ReturnVisitRating } from '@gridline/events';
import type { Resolved } from '../domain/case/caseState.ts';
import { resolve, type CaseStory } from './caseSteps.ts';
import { communityStaffOf, supervisorsOf, teamOf, type StaffMember } from './staffPlan.ts';
import {
  closingNotes,
  closingWithoutVisitNote,
  reopenReasons,
  verificationNotes,
  visitComments,
} from './storyTexts.ts';
import { hours } from './workingTime.ts';

// After 办结: a second pair of eyes verifies (核查), the resident is asked (回访), an
// unsatisfied answer reopens the case, and a verified, accepted case is archived.

const resolvedState = (story: CaseStory): Resolved => {
  const state = story.d.state();
  if (state.status !== 'resolved')
    throw new Error(`Expected a resolved case, found ${state.status}`);
  return state;
};

/** Staff at the resolution level or above: they reopen and close. */
const closerFor = (story: CaseStory, level: Level): StaffMember => {
  const { world, place, d } = story;
  switch (level) {
    case 'grid':
      return teamOf(world.staff, place.gridId).leader;
    case 'community':
      return d.random.pick(communityStaffOf(world.staff, place.communityId));
    default:
      return d.random.pick(supervisorsOf(world.staff, place.streetId));
  }
};

/** Someone who neither dispatched, handled nor resolved the case (four eyes). */
const verifierFor = (story: CaseStory, state: Resolved): StaffMember => {
  const { world, place, d } = story;
  const involved = new Set([
    ...state.dispatcherIds,
    ...state.handlerIds,
    ...(state.resolution.resolverId ? [state.resolution.resolverId] : []),
  ]);
  const community = d.random.sample(communityStaffOf(world.staff, place.communityId), 3);
  const street = d.random.sample(supervisorsOf(world.staff, place.streetId), 2);
  const low = state.resolution.level === 'grid' || state.resolution.level === 'community';
  const candidates = low ? [...community, ...street] : [...street, ...community];
  return candidates.find((person) => !involved.has(person.personId)) ?? world.staff.admin;
};

const verify = async (story: CaseStory): Promise<void> => {
  const { d } = story;
  await d.pause(d.random.between(2, 14));
  const method = d.random.weighted([
    ['site_visit', 50],
    ['phone', 35],
    ['documents', 15],
  ] as const);
  await d.run('VerifyResolution', verifierFor(story, resolvedState(story)), {
    outcome: 'confirmed',
    method,
    note: verificationNotes[method],
  });
};

const visit = async (story: CaseStory, rating: ReturnVisitRating): Promise<void> => {
  const { d, world, place, respondent } = story;
  await d.pause(d.random.between(4, 30));
  const team = teamOf(world.staff, place.gridId);
  await d.run('RecordReturnVisit', d.random.pick([...team.workers, team.leader]), {
    rating,
    method: d.random.weighted([
      ['phone', 60],
      ['in_person', 35],
      ['online', 5],
    ] as const),
    ...(respondent ? { respondent: { name: respondent.name, phone: respondent.phone } } : {}),
    comment: d.random.pick(visitComments[rating]),
  });
};

export const aftercare = async (story: CaseStory): Promise<void> => {
  const { d, world, plan } = story;
  await verify(story);
  for (const rating of plan.visits) {
    await visit(story, rating);
    if (rating !== 'unsatisfied') continue;
    const { resolution, assignment } = resolvedState(story);
    await d.pause(d.random.between(1, 6));
    await d.run('ReopenCase', closerFor(story, resolution.level), {
      trigger: 'return_visit_unsatisfied',
      reason: d.random.pick(reopenReasons),
    });
    if (!assignment) throw new Error('A reopened case goes back to whoever held it; nobody did');
    await d.pause(d.random.between(4, 20));
    await resolve(story, world.person(assignment.assigneeId));
    await verify(story);
  }
  const { resolution } = resolvedState(story);
  if (plan.visits.length === 0) {
    // Nobody could be reached: the case may close once the visit window has passed.
    const resolvedAt = new Date(resolution.resolvedAt ?? world.timeline.now());
    const windowEnds = world.decision.calendar.addWorkingDays(
      resolvedAt,
      world.decision.closeAfterDaysWithoutVisit ?? 7,
    );
    await d.until(world.office.addOfficeTime(windowEnds, hours(d.random.between(1, 8))));
  } else {
    await d.pause(d.random.between(1, 10));
  }
  await d.run('CloseCase', closerFor(story, resolution.level), {
    note: plan.visits.length === 0 ? closingWithoutVisitNote : d.random.pick(closingNotes),
  });
};
