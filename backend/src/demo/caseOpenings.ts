import type { IssueSource } from '@gridline/events';
import { driveCase } from './caseDriver.ts';
import { tellCaseStory } from './caseStory.ts';
import type { CaseStory } from './caseSteps.ts';
import { fill, type CaseTemplate, type TemplateWords } from './caseTemplate.ts';
import type { DemoWorld } from './demoWorld.ts';
import { disputeTemplates } from './disputeCatalogue.ts';
import { departmentFor, type GridPlan } from './districtPlan.ts';
import { issueTemplates } from './issueCatalogue.ts';
import { weightedPicker, type Random } from './random.ts';
import { anonymised, resident, type Resident } from './residents.ts';
import { actorOf, type StaffMember } from './staffPlan.ts';
import { openerFor, openingLevelFor } from './openers.ts';
import { planStory, startingAt, type StoryPlan } from './storyPlan.ts';
import { showcases, withShowcase } from './storyShowcases.ts';
import { atLocalTime, localDateTag } from './workingTime.ts';

// Cases that residents bring (群众点单): to their grid worker, at the community's desk, or
// through the 12345 hotline. A case opens at its opener's level: the grid team's in the
// grid, the desk's at the community, and a hotline ticket the street takes on at the
// street. Patrols (patrols.ts) and residents' meetings (meetings.ts) open the others.

export const wordsFor = (world: DemoWorld, grid: GridPlan, random: Random) => {
  const building = random.pick(grid.buildings);
  const applicant = resident(random);
  const other = resident(random);
  const community = world.district.streets
    .flatMap((street) => street.communities)
    .find((c) => c.communityId === grid.place.communityId);
  const company = departmentFor(world.district, grid.place.streetId, 'property_company');
  const words: TemplateWords = {
    building: building.name,
    unit: `${random.int(1, building.units)}单元`,
    a: anonymised(applicant.name),
    b: anonymised(other.name),
    community: community?.name ?? '',
    company: company?.name ?? '物业公司',
  };
  return { building, applicant, other, words };
};

// Meetings and patrols open their own cases. Some disputes come from the police station
// (警情转办, a quarrel its officers were called to), the rest from the parties.
const arrivingSource = (template: CaseTemplate, random: Random): IssueSource => {
  if (template.kind === 'dispute') return random.chance(0.12) ? 'referral' : 'resident';
  const sources = template.sources.filter(
    ([source]) => source !== 'inspection' && source !== 'meeting',
  );
  return sources.length > 0 ? random.weighted(sources) : 'resident';
};

/** A 12345 hotline ticket, or the police station's reference for a referral (警情转办). */
const referenceFor = (source: 'hotline' | 'referral', at: Date, random: Random): string =>
  `${source === 'hotline' ? '12345' : 'JQ'}-${localDateTag(at)}-${random.int(1000, 9999)}`;

const openCase = async (world: DemoWorld, arrival: Arrival, random: Random): Promise<void> => {
  const { grid, template } = arrival;
  const { building, applicant, other, words } = wordsFor(world, grid, random);
  const base = planStory(template, random);
  const planned = arrival.showcase ? withShowcase(base, arrival.showcase) : base;
  // A showcase opens where it says (the grid unless told); a hotline ticket at the street.
  const showcased = arrival.showcase ? planned.openedAt : undefined;
  const source = showcased === 'street' ? 'hotline' : arrivingSource(template, random);
  const plan = startingAt(planned, showcased ?? openingLevelFor(source, planned, random));
  const opener = openerFor(world, grid, plan, source, random);
  const opening = {
    place: { ...grid.place, buildingId: building.buildingId },
    riskLevel: plan.riskLevel,
    title: fill(template.title, words),
    description: fill(template.description, words),
  };
  const context = world.context(actorOf(opener));
  const outcome =
    template.kind === 'dispute'
      ? await world.services.cases.open(
          'LogDispute',
          {
            ...opening,
            source,
            disputeType: template.disputeType,
            parties: [
              { name: applicant.name, phone: applicant.phone, role: 'applicant' },
              {
                name: other.name,
                ...(random.chance(0.6) ? { phone: other.phone } : {}),
                role: 'respondent',
              },
            ],
          },
          context,
        )
      : await world.services.cases.open(
          'ReportIssue',
          {
            ...opening,
            category: template.category,
            source,
            ...(source === 'resident' || source === 'hotline'
              ? { reporter: { name: applicant.name, phone: applicant.phone } }
              : {}),
            ...(source === 'hotline' || source === 'referral'
              ? { externalReference: referenceFor(source, arrival.at, random) }
              : {}),
          },
          context,
        );
  world.record(outcome.events);
  const respondent: Resident | undefined =
    template.kind === 'dispute' || source !== 'referral' ? applicant : undefined;
  const { caseId } = outcome;
  const opened = { caseId, random, template, plan, grid, words, opener, respondent };
  await tellCaseStory(storyOf(world, opened));
};

export interface NewCase {
  readonly caseId: string;
  readonly random: Random;
  readonly template: CaseTemplate;
  readonly plan: StoryPlan;
  readonly grid: GridPlan;
  readonly words: TemplateWords;
  readonly opener: StaffMember;
  readonly respondent: Resident | undefined;
}

/** The story of a case just opened, driven through the case service. */
export const storyOf = (world: DemoWorld, opened: NewCase): CaseStory => ({
  world,
  d: driveCase(world, opened.caseId, opened.plan.riskLevel, opened.random),
  plan: opened.plan,
  template: opened.template,
  place: opened.grid.place,
  title: fill(opened.template.title, opened.words),
  words: opened.words,
  opener: opened.opener,
  respondent: opened.respondent,
});

interface Arrival {
  readonly at: Date;
  readonly grid: GridPlan;
  readonly template: CaseTemplate;
  readonly showcase?: Partial<StoryPlan>;
}

const byHouseholds = (grid: GridPlan) => grid.buildings.reduce((sum, b) => sum + b.households, 0);

/** Spreads `count` cases over the window's working days, busier grids getting more. */
export const scheduleArrivals = (world: DemoWorld, count: number, random: Random): void => {
  const days = world.office.workingDays(world.timeline.start, world.timeline.end);
  const pickGrid = weightedPicker(
    world.district.grids.map((grid) => [grid, byHouseholds(grid)] as const),
  );
  const templates = (kind: 'dispute' | 'issue') =>
    (kind === 'dispute' ? disputeTemplates : issueTemplates).map(
      (t) => [t as CaseTemplate, t.weight] as const,
    );
  const arrivals: Arrival[] = Array.from({ length: count }, () => ({
    at: atLocalTime(random.pick(days), random.between(8.5, 17.5)),
    grid: pickGrid(random),
    template: random.weighted(templates(random.chance(0.4) ? 'dispute' : 'issue')),
  })).sort((a, b) => a.at.getTime() - b.at.getTime());
  arrivals.forEach((arrival, index) => {
    const showcase = showcases[index];
    const template =
      showcase &&
      [...disputeTemplates, ...issueTemplates].find((t) => t.key === showcase.templateKey);
    const shown =
      showcase && template ? { ...arrival, template, showcase: showcase.plan } : arrival;
    const caseRandom = random.fork(`case-${index}`);
    world.timeline.spawn(shown.at, () => openCase(world, shown, caseRandom));
  });
};
