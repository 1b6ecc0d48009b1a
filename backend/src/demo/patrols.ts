import type { InspectionFinding } from '@gridline/events';
import { uuidFrom } from '../application/eventIds.ts';
import type { ReportedFinding } from '../domain/inspection/recordInspection.ts';
import { storyOf, wordsFor, type NewCase } from './caseOpenings.ts';
import { tellCaseStory } from './caseStory.ts';
import { fill, type IssueTemplate } from './caseTemplate.ts';
import type { DemoWorld } from './demoWorld.ts';
import type { BuildingPlan, GridPlan } from './districtPlan.ts';
import { issueTemplates } from './issueCatalogue.ts';
import type { Random } from './random.ts';
import { anonymised, elderlyName } from './residents.ts';
import { actorOf, teamOf } from './staffPlan.ts';
import { planStory } from './storyPlan.ts';
import { minorFindings, patrolNotes, welfareNotes } from './storyTexts.ts';
import { atLocalTime, localDateTag, minutes } from './workingTime.ts';

// 巡查走访: grid workers walk their patch, visit buildings and households, look in on the
// elderly who live alone (早看窗帘晚看灯), and open a case for what they cannot fix on
// the spot (proactive discovery). Each patrol is recorded when it ends.

export interface PatrolRhythm {
  /** Patrols per grid per working week. */
  readonly perGridWeek: number;
  /** Chance that a patrol finds something that needs a case. */
  readonly caseChance: number;
}

interface ElderlyResident {
  readonly name: string;
  readonly building: BuildingPlan;
}

const foundOnPatrols = issueTemplates.flatMap((template) => {
  const share = template.sources.find(([source]) => source === 'inspection')?.[1] ?? 0;
  return share > 0 ? [[template, template.weight * share] as const] : [];
});
const elderlyAlone = issueTemplates.find((template) => template.key === 'elderly-alone')!;

const patrol = async (
  world: DemoWorld,
  grid: GridPlan,
  elderly: readonly ElderlyResident[],
  times: { startedAt: Date; endedAt: Date },
  rhythm: PatrolRhythm,
  random: Random,
): Promise<void> => {
  const team = teamOf(world.staff, grid.gridId);
  const inspector = random.chance(0.85) ? random.pick(team.workers) : team.leader;
  const inspectionId = `patrol-${grid.gridId}-${localDateTag(times.startedAt)}`;
  const visited = random.sample(grid.buildings, random.int(2, Math.min(6, grid.buildings.length)));
  const welfareChecks = elderly.map(({ name, building }) => {
    const status = random.weighted([
      ['well', 93],
      ['needs_attention', 6],
      ['no_response', 1],
    ] as const);
    const note = status === 'well' ? undefined : random.pick(welfareNotes[status]);
    return {
      buildingId: building.buildingId,
      residentName: name,
      status,
      ...(note ? { note } : {}),
    };
  });

  const opened: NewCase[] = [];
  const findings: ReportedFinding[] = [];
  const openCase = (template: IssueTemplate, building: BuildingPlan, a?: string) => {
    const caseRandom = random.fork(`finding-${findings.length}`);
    const drawn = wordsFor(world, grid, caseRandom).words;
    const words = { ...drawn, building: building.name, ...(a ? { a } : {}) };
    const plan = planStory(template, caseRandom);
    const findingId = `f${findings.length + 1}`;
    const caseId = uuidFrom(`demo-${world.seed}-${inspectionId}-${findingId}`);
    findings.push({
      findingId,
      category: template.category,
      title: fill(template.title, words),
      description: fill(template.description, words),
      buildingId: building.buildingId,
      caseId,
      riskLevel: plan.riskLevel,
    });
    opened.push({
      caseId,
      random: caseRandom,
      template,
      plan,
      grid,
      words,
      opener: inspector,
      respondent: undefined,
    });
  };

  const silent = welfareChecks.findIndex((check) => check.status === 'no_response');
  if (silent >= 0)
    openCase(elderlyAlone, elderly[silent]!.building, anonymised(elderly[silent]!.name));
  else if (random.chance(rhythm.caseChance))
    openCase(random.weighted(foundOnPatrols), random.pick(grid.buildings));
  if (random.chance(0.12)) {
    const minor = random.pick(minorFindings);
    const finding: InspectionFinding = {
      findingId: `f${findings.length + 1}`,
      ...minor,
      buildingId: random.pick(visited).buildingId,
    };
    findings.push(finding);
  }

  const outcome = await world.services.inspections.record(
    {
      inspectionId,
      gridId: grid.gridId,
      inspectorId: inspector.personId,
      startedAt: times.startedAt.toISOString(),
      endedAt: times.endedAt.toISOString(),
      buildingsVisited: visited.map((building) => ({
        buildingId: building.buildingId,
        householdsVisited: random.int(0, Math.min(building.households, 12)),
      })),
      welfareChecks,
      findings,
      note: random.pick(patrolNotes),
    },
    world.context(actorOf(inspector), world.timeline.now(), times.endedAt),
  );
  world.record(outcome.events);
  world.tally('IssueReported', outcome.openedCaseIds.length);
  for (const newCase of opened) {
    world.timeline.spawn(world.timeline.now(), () => tellCaseStory(storyOf(world, newCase)));
  }
};

/** Patrols for every grid on working days, a few a week, each at its own hour. */
export const schedulePatrols = (world: DemoWorld, rhythm: PatrolRhythm, random: Random): void => {
  const days = world.office.workingDays(world.timeline.start, world.timeline.end);
  for (const grid of world.district.grids) {
    const gridRandom = random.fork(grid.gridId);
    const elderly = Array.from({ length: gridRandom.int(2, 4) }, () => ({
      name: elderlyName(gridRandom),
      building: gridRandom.pick(grid.buildings),
    }));
    days.forEach((day, index) => {
      if (!gridRandom.chance(rhythm.perGridWeek / 5)) return;
      const patrolRandom = gridRandom.fork(`patrol-${index}`);
      const startedAt = atLocalTime(day, patrolRandom.between(8.75, 15.5));
      const endedAt = new Date(startedAt.getTime() + minutes(patrolRandom.int(40, 150)));
      const recordedAt = new Date(endedAt.getTime() + minutes(patrolRandom.int(5, 30)));
      world.timeline.spawn(recordedAt, () =>
        patrol(world, grid, elderly, { startedAt, endedAt }, rhythm, patrolRandom),
      );
    });
  }
};
