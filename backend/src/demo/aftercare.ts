import type { Level, ReturnVisitRating, VerificationOutcome } from '@gridline/events';
import { currentAssignment, hasUnsatisfiedVisit, type Resolved } from '../domain/case/caseState.ts';
import { resolve, type CaseStory } from './caseSteps.ts';
import { communityStaffOf, supervisorsOf, teamOf, type StaffMember } from './staffPlan.ts';
import {
  closingNotes,
  closingWithoutVisitNote,
  failedCheckNotes,
  overruleReasons,
  reopenReasons,
  verificationNotes,
  visitComments,
} from './storyTexts.ts';
import { hours } from './workingTime.ts';

// After 办结: a second pair of eyes verifies (核查) and now and then finds the work not
// done, so the case goes back to work; someone other than the resolver asks the resident
// (回访); an unsatisfied answer reopens the case, or, rarely, the street closes it over
// the resident's objection with its reason; a verified, accepted case is archived.

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

/** Someone who neither dispatched, held, mediated nor resolved this round (four eyes). */
const verifierFor = (story: CaseStory, state: Resolved): StaffMember => {
  const { world, place, d } = story;
  const involved = new Set([
    ...state.dispatcherIds,
    ...state.handlerIds,
    ...state.mediatorIds,
    state.resolution.resolverId,
  ]);
  const community = d.random.sample(communityStaffOf(world.staff, place.communityId), 3);
  const street = d.random.sample(supervisorsOf(world.staff, place.streetId), 2);
  const low = state.resolution.level === 'grid' || state.resolution.level === 'community';
  const candidates = low ? [...community, ...street] : [...street, ...community];
  return candidates.find((person) => !involved.has(person.personId)) ?? world.staff.admin;
};

const check = async (story: CaseStory, outcome: VerificationOutcome): Promise<void> => {
  const { d } = story;
  await d.pause(d.random.between(2, 14));
  const method = d.random.weighted([
    ['site_visit', 50],
    ['phone', outcome === 'failed' ? 50 : 35],
    ['documents', outcome === 'failed' ? 0 : 15],
  ] as const);
  await d.run('VerifyResolution', verifierFor(story, resolvedState(story)), {
    outcome,
    method,
    note: outcome === 'failed' ? d.random.pick(failedCheckNotes) : verificationNotes[method],
  });
};

/** Back at work after a failed check or a reopen: whoever holds the case settles it again. */
const resolveAgain = async (story: CaseStory): Promise<void> => {
  const { d, world } = story;
  const assignment = currentAssignment(d.state());
  if (!assignment) throw new Error('A case back at work goes to whoever held it; nobody did');
  await d.pause(d.random.between(4, 20));
  await resolve(story, world.person(assignment.assigneeId));
};

const verify = async (story: CaseStory, mayFail: boolean): Promise<void> => {
  if (mayFail && story.plan.failsCheck) {
    await check(story, 'failed');
    await resolveAgain(story);
  }
  await check(story, 'confirmed');
};

const visit = async (story: CaseStory, rating: ReturnVisitRating): Promise<void> => {
  const { d, world, place, respondent } = story;
  await d.pause(d.random.between(4, 30));
  const team = teamOf(world.staff, place.gridId);
  const { resolverId } = resolvedState(story).resolution;
  const visitors = [...team.workers, team.leader].filter((p) => p.personId !== resolverId);
  await d.run('RecordReturnVisit', d.random.pick(visitors), {
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

const close = async (story: CaseStory): Promise<void> => {
  const { d, world, place } = story;
  const resolved = resolvedState(story);
  if (hasUnsatisfiedVisit(resolved)) {
    // Only a street supervisor may archive over an unsatisfied visit, with a reason.
    await d.pause(d.random.between(8, 30));
    await d.run('CloseCase', d.random.pick(supervisorsOf(world.staff, place.streetId)), {
      overruleReason: d.random.pick(overruleReasons),
    });
    return;
  }
  const visited = resolved.returnVisits.length > 0;
  if (visited) {
    await d.pause(d.random.between(1, 10));
  } else {
    // Nobody could be reached: the case may close once the visit window has passed.
    const resolvedAt = new Date(resolved.resolution.resolvedAt ?? world.timeline.now());
    const windowEnds = world.decision.calendar.addWorkingDays(
      resolvedAt,
      world.decision.closeAfterDaysWithoutVisit ?? 7,
    );
    await d.until(world.office.addOfficeTime(windowEnds, hours(d.random.between(1, 8))));
  }
  await d.run('CloseCase', closerFor(story, resolved.resolution.level), {
    note: visited ? d.random.pick(closingNotes) : closingWithoutVisitNote,
  });
};

export const aftercare = async (story: CaseStory): Promise<void> => {
  const { d, plan } = story;
  await verify(story, true);
  for (const [index, rating] of plan.visits.entries()) {
    await visit(story, rating);
    if (rating !== 'unsatisfied') continue;
    if (plan.overruled && index === plan.visits.length - 1) break;
    await d.pause(d.random.between(1, 6));
    await d.run('ReopenCase', closerFor(story, resolvedState(story).resolution.level), {
      trigger: 'return_visit_unsatisfied',
      reason: d.random.pick(reopenReasons),
    });
    await resolveAgain(story);
    await verify(story, false);
  }
  await close(story);
};
