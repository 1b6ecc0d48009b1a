import type { DistrictShape } from './districtPlan.ts';
import { namedCommunities } from './placeNames.ts';

// How much district and history to generate. 'small' is for tests, 'default' is what
// `npm start` shows on an empty store, and a number asks for about that many cases over
// a year (the benchmarks' large districts), growing the district to match.

export type DemoSizeName = 'small' | 'default';
export type DemoSizeInput = DemoSizeName | number;

export interface DemoSize {
  readonly label: string;
  readonly shape: DistrictShape;
  readonly months: number;
  /** Cases residents bring plus those found on patrols, roughly. */
  readonly cases: number;
  readonly patrolsPerGridWeek: number;
}

/** Share of cases found on patrols (proactive discovery); the rest are brought in. */
export const patrolCaseShare = 0.3;

const casesPerGridMonth = 5;

const sizes: Record<DemoSizeName, DemoSize> = {
  small: {
    label: 'small',
    // 瑞益园 keeps its 9 grids in every size.
    shape: { namedGrids: [9, 0, 3, 2, 0], extraCommunities: 0, communitiesPerStreet: 12 },
    months: 2,
    cases: 100,
    patrolsPerGridWeek: 1.2,
  },
  default: {
    label: 'default',
    shape: { namedGrids: [9, 6, 5, 4, 4], extraCommunities: 0, communitiesPerStreet: 12 },
    months: 6,
    cases: 1_000,
    patrolsPerGridWeek: 2.5,
  },
};

const namedGridTotal = namedCommunities.reduce((sum, spec) => sum + spec.grids, 0);

export const demoSize = (input: DemoSizeInput): DemoSize => {
  if (typeof input === 'string') return sizes[input];
  if (!Number.isSafeInteger(input) || input < 1) {
    throw new RangeError(
      `A demo size is 'small', 'default' or a whole number of cases, not ${input}`,
    );
  }
  const months = 12;
  const grids = Math.max(namedGridTotal, Math.ceil(input / (months * casesPerGridMonth)));
  // Made-up communities have 4 to 7 grids, 5.5 on average.
  const extraCommunities = Math.ceil((grids - namedGridTotal) / 5.5);
  return {
    label: `${input} cases`,
    shape: {
      namedGrids: namedCommunities.map((spec) => spec.grids),
      extraCommunities,
      communitiesPerStreet: 12,
    },
    months,
    cases: input,
    patrolsPerGridWeek: 2,
  };
};

export const parseDemoSize = (text: string): DemoSizeInput => {
  if (text === 'small' || text === 'default') return text;
  if (/^\d+$/.test(text)) return Number(text);
  throw new RangeError(
    `--size takes small, default or a number of cases, not ${JSON.stringify(text)}`,
  );
};
