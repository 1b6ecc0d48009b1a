import { chinaWorkingCalendar2026 } from '@gridline/backend/domain/deadlines/index.ts';
import { demoSize } from '@gridline/backend/demo/demoSizes.ts';
import { planDistrict } from '@gridline/backend/demo/districtPlan.ts';
import { madeUpCommunityName } from '@gridline/backend/demo/placeNames.ts';
import { createRandom, weightedPicker } from '@gridline/backend/demo/random.ts';
import { createTimeline } from '@gridline/backend/demo/timeline.ts';
import { workingTime } from '@gridline/backend/demo/workingTime.ts';
import { describe, expect, it } from 'vitest';

// The pure parts the demo district is built from: chance, the simulated clock, office
// hours, and the plan of the district itself.

const at = (text: string) => new Date(text);

describe('The seeded generator', () => {
  it('repeats its sequence for a seed and differs for another', () => {
    const draws = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draws(7)).toEqual(draws(7));
    expect(draws(7)).not.toEqual(draws(8));
  });

  it('forks streams that do not disturb each other', () => {
    const plain = createRandom(1).fork('cases');
    const busy = createRandom(1);
    busy.next();
    busy.next();
    expect(busy.fork('cases').next()).toBe(plain.next());
  });

  it('picks by running totals exactly what the weighted walk picks, draw for draw', () => {
    const shapes = createRandom('shapes');
    for (let round = 0; round < 50; round += 1) {
      // Whole-number weights as grids' households are, zeros and one-entry lists included.
      const entries = Array.from(
        { length: shapes.int(1, 300) },
        (_, index) => [index, shapes.chance(0.1) ? 0 : shapes.int(1, 5_000)] as const,
      );
      const [walked, searched] = [createRandom(round), createRandom(round)];
      const pick = weightedPicker(entries);
      const walks = Array.from({ length: 200 }, () => walked.weighted(entries));
      expect(Array.from({ length: 200 }, () => pick(searched))).toEqual(walks);
    }
  });
});

describe('The simulated timeline', () => {
  it('wakes fibers in time order and stops those that sleep past the end', async () => {
    const timeline = createTimeline(at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    const seen: string[] = [];
    const fiber = (name: string, hours: readonly number[]) => async () => {
      for (const hour of hours) {
        await timeline.until(new Date(timeline.start.getTime() + hour * 3_600_000));
        seen.push(`${name}@${hour}`);
      }
    };
    timeline.spawn(timeline.start, fiber('a', [1, 5, 30, 31]));
    timeline.spawn(timeline.start, fiber('b', [2, 3, 23]));
    await timeline.run();
    expect(seen).toEqual(['a@1', 'b@2', 'b@3', 'a@5', 'b@23']);
  });

  it('reports the first fiber that fails', async () => {
    const timeline = createTimeline(at('2026-03-02T00:00:00Z'), at('2026-03-03T00:00:00Z'));
    timeline.spawn(timeline.start, async () => {
      throw new Error('refused');
    });
    await expect(timeline.run()).rejects.toThrow('refused');
  });
});

describe('Office time', () => {
  const office = workingTime(chinaWorkingCalendar2026);

  it('skips the night, the weekend and the 清明 holiday', () => {
    // Friday 3 April 2026, 17:00; 4–6 April is 清明, so work resumes on Tuesday.
    const friday = at('2026-04-03T17:00:00+08:00');
    expect(office.addOfficeTime(friday, 2 * 3_600_000)).toEqual(at('2026-04-07T10:00:00+08:00'));
  });

  it('counts the make-up Saturday of 劳动节 as a working day', () => {
    const days = office.workingDays(
      at('2026-05-09T00:00:00+08:00'),
      at('2026-05-10T00:00:00+08:00'),
    );
    expect(days).toEqual([at('2026-05-09T00:00:00+08:00')]);
  });
});

describe('The district plan', () => {
  const district = planDistrict(demoSize('default').shape, createRandom(2026));
  const communities = district.streets.flatMap((street) => street.communities);
  const households = (id: string) =>
    communities
      .find((community) => community.communityId === id)!
      .grids.flatMap((grid) => grid.buildings)
      .reduce((sum, building) => sum + building.households, 0);

  it('gives 瑞益园 nine grids and 瑞岭 its 195 buildings and 6,015 households', () => {
    expect(communities.find((c) => c.name === '瑞益园社区')?.grids).toHaveLength(9);
    const ruiling = communities.find((c) => c.name === '瑞岭社区')!;
    expect(ruiling.grids.flatMap((grid) => grid.buildings)).toHaveLength(195);
    expect(households('ruiling')).toBe(6_015);
  });

  it('names buildings as residents do and never twice', () => {
    const buildings = district.grids.flatMap((grid) => grid.buildings);
    expect(new Set(buildings.map((b) => b.buildingId)).size).toBe(buildings.length);
    expect(buildings.every((b) => /号楼$/.test(b.name) && b.households > 0)).toBe(true);
    expect(district.grids.every((grid) => grid.buildings.length > 0)).toBe(true);
  });

  it('has a department of every kind a summons may call', () => {
    expect(new Set(district.departments.map((d) => d.kind))).toEqual(
      new Set([
        'police_station',
        'judicial_office',
        'market_supervision',
        'property_company',
        'urban_management',
        'housing',
      ]),
    );
  });

  it('grows past one street for big sizes, with unique made-up community names', () => {
    const big = planDistrict(demoSize(20_000).shape, createRandom(1));
    expect(big.streets.length).toBeGreaterThan(1);
    const names = Array.from({ length: 1_000 }, (_, index) => madeUpCommunityName(index));
    expect(new Set(names).size).toBe(names.length);
  });
});
