import { defaultDecisionContext } from '../application/services.ts';
import type { CaseDecisionContext } from '../domain/case/caseDecisionContext.ts';
import { scheduleArrivals } from './caseOpenings.ts';
import { createWorld, type DemoServices, type DemoStats } from './demoWorld.ts';
import { demoSize, patrolCaseShare, type DemoSize, type DemoSizeInput } from './demoSizes.ts';
import { planDistrict, type DistrictPlan } from './districtPlan.ts';
import { establishDistrict } from './establishDistrict.ts';
import { scheduleMeetings } from './meetings.ts';
import { schedulePatrols } from './patrols.ts';
import { createRandom } from './random.ts';
import { planStaff, type StaffPlan } from './staffPlan.ts';
import { createTimeline } from './timeline.ts';
import { workingTime } from './workingTime.ts';

// A synthetic district in the image of the field reports, written through the same
// command path as every user's request: the organisation, months of patrols and
// residents' meetings, and the cases residents bring, meetings raise or patrols find,
// each living its life on a simulated clock.
// Deterministic: the same seed, size and start give the same log, event for event.

export interface GenerateDemoOptions {
  readonly services: DemoServices;
  readonly seed: number;
  readonly size: DemoSizeInput;
  /** The first day of the history; the organisation is set up three weeks before. */
  readonly start: Date;
  /** Overrides the size's months of history. */
  readonly months?: number;
  /** Must be the context `services` decides with (the default unless you passed one). */
  readonly decision?: CaseDecisionContext;
}

export interface DemoDistrict {
  readonly seed: number;
  readonly size: DemoSize;
  readonly start: Date;
  readonly end: Date;
  readonly district: DistrictPlan;
  readonly staff: StaffPlan;
  readonly stats: DemoStats;
}

const setUpWeeksBefore = 3;

const addMonths = (date: Date, months: number): Date => {
  const next = new Date(date);
  next.setUTCMonth(next.getUTCMonth() + months);
  return next;
};

export const generateDemoDistrict = async (options: GenerateDemoOptions): Promise<DemoDistrict> => {
  const { services, seed, start } = options;
  const size = demoSize(options.size);
  const end = addMonths(start, options.months ?? size.months);
  const decision = options.decision ?? defaultDecisionContext;
  const random = createRandom(seed);
  const district = planDistrict(size.shape, random.fork('district'));
  const staff = planStaff(district, random.fork('staff'));
  const timeline = createTimeline(start, end);
  const office = workingTime(decision.calendar);
  const world = createWorld({ seed, services, decision, office, timeline, district, staff });

  const setUp = new Date(start.getTime() - setUpWeeksBefore * 7 * 24 * 3_600_000);
  await establishDistrict(world, setUp);

  const workingDays = office.workingDays(start, end).length;
  const patrols = district.grids.length * workingDays * (size.patrolsPerGridWeek / 5);
  const caseChance = Math.min(0.9, (size.cases * patrolCaseShare) / Math.max(patrols, 1));
  schedulePatrols(
    world,
    { perGridWeek: size.patrolsPerGridWeek, caseChance },
    random.fork('patrols'),
  );
  // Residents bring the rest of the cases: to the monthly meetings, or otherwise.
  const raisedAtMeetings = scheduleMeetings(world, random.fork('meetings'));
  const brought = Math.round(size.cases * (1 - patrolCaseShare)) - raisedAtMeetings;
  scheduleArrivals(world, Math.max(0, brought), random.fork('arrivals'));
  await timeline.run();

  return { seed, size, start, end, district, staff, stats: world.stats() };
};
