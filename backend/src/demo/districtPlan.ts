import type { DepartmentKind, GridPlace } from '@gridline/events';
import {
  districtId,
  madeUpCommunityName,
  namedCommunities,
  namedStreets,
  propertyCompanies,
  shortName,
  type CommunitySpec,
} from './placeNames.ts';
import type { Random } from './random.ts';

// The district's structure, decided before anything is written: streets → communities →
// grids → buildings (with households), and the departments that answer summonses.

export interface BuildingPlan {
  readonly buildingId: string;
  /** As residents say it: "3号楼", "瑞岭翠苑12号楼". */
  readonly name: string;
  readonly households: number;
  /** 单元 (stairwells), for the wording of cases only. */
  readonly units: number;
}

export interface GridPlan {
  readonly gridId: string;
  readonly name: string;
  readonly place: GridPlace;
  readonly buildings: readonly BuildingPlan[];
}

export interface CommunityPlan {
  readonly communityId: string;
  readonly streetId: string;
  readonly name: string;
  readonly grids: readonly GridPlan[];
}

export interface StreetPlan {
  readonly streetId: string;
  readonly name: string;
  readonly communities: readonly CommunityPlan[];
}

export interface DepartmentPlan {
  readonly departmentId: string;
  readonly name: string;
  readonly kind: DepartmentKind;
  readonly belongsTo: { readonly kind: 'district' | 'street'; readonly id: string };
}

export interface DistrictPlan {
  readonly districtId: string;
  readonly streets: readonly StreetPlan[];
  readonly departments: readonly DepartmentPlan[];
  readonly grids: readonly GridPlan[];
}

/** How big a district to plan: named communities (cut to size) and made-up ones. */
export interface DistrictShape {
  /** Grids per named community, in the order of `namedCommunities`; 0 leaves it out. */
  readonly namedGrids: readonly number[];
  /** Further communities with made-up names. */
  readonly extraCommunities: number;
  readonly communitiesPerStreet: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

const communitySpecs = (shape: DistrictShape, random: Random): CommunitySpec[] => {
  const named = namedCommunities.flatMap((spec, index) => {
    const grids = shape.namedGrids[index] ?? 0;
    if (grids === 0) return [];
    const scale = grids / spec.grids;
    return [
      {
        ...spec,
        grids,
        buildings: Math.max(grids * 3, Math.round(spec.buildings * scale)),
        households: Math.round(spec.households * scale),
      },
    ];
  });
  const madeUp = Array.from({ length: shape.extraCommunities }, (_, index) => {
    const grids = random.int(4, 7);
    const buildings = grids * random.int(6, 10);
    return {
      communityId: `c${pad(index + 1, 3)}`,
      name: madeUpCommunityName(index),
      grids,
      buildings,
      households: buildings * random.int(45, 90),
    };
  });
  return [...named, ...madeUp];
};

const buildingsOf = (spec: CommunitySpec, random: Random): BuildingPlan[] => {
  const weights = Array.from({ length: spec.buildings }, () => random.between(0.6, 1.4));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const estates = spec.estates ?? [];
  const perEstate = Math.ceil(spec.buildings / Math.max(estates.length, 1));
  // Rounded cumulatively, so the buildings add up to the community's households exactly.
  let weightSoFar = 0;
  let householdsSoFar = 0;
  return weights.map((weight, index) => {
    weightSoFar += weight;
    const upToHere = Math.round((spec.households * weightSoFar) / total);
    const households = upToHere - householdsSoFar;
    householdsSoFar = upToHere;
    const estate = estates[Math.floor(index / perEstate)];
    const number = estate === undefined ? index + 1 : (index % perEstate) + 1;
    return {
      buildingId: `${spec.communityId}-b${pad(index + 1, 3)}`,
      name: `${estate ?? ''}${number}号楼`,
      households,
      units: Math.min(6, Math.max(1, Math.round(households / 24))),
    };
  });
};

const gridsOf = (spec: CommunitySpec, streetId: string, random: Random): GridPlan[] => {
  const buildings = buildingsOf(spec, random);
  const perGrid = Math.ceil(buildings.length / spec.grids);
  return Array.from({ length: spec.grids }, (_, index) => {
    const gridId = `${spec.communityId}-g${pad(index + 1)}`;
    return {
      gridId,
      name: `${shortName(spec.name)}第${index + 1}网格`,
      place: { streetId, communityId: spec.communityId, gridId },
      buildings: buildings.slice(index * perGrid, (index + 1) * perGrid),
    };
  });
};

const streetName = (index: number) =>
  namedStreets[index] ?? { streetId: `s${pad(index + 1, 3)}`, name: `北辰第${index + 1}街道` };

const departmentsOf = (street: { streetId: string; name: string }, index: number) => {
  const short = shortName(street.name);
  const belongsTo = { kind: 'street', id: street.streetId } as const;
  const department = (suffix: string, name: string, kind: DepartmentKind): DepartmentPlan => ({
    departmentId: `${street.streetId}-${suffix}`,
    name,
    kind,
    belongsTo,
  });
  return [
    department('police', `${short}派出所`, 'police_station'),
    department('judicial', `${short}司法所`, 'judicial_office'),
    department('market', `${short}市场监管所`, 'market_supervision'),
    department(
      'property',
      propertyCompanies[index % propertyCompanies.length]!,
      'property_company',
    ),
  ];
};

export const planDistrict = (shape: DistrictShape, random: Random): DistrictPlan => {
  const specs = communitySpecs(shape, random);
  const streetCount = Math.max(1, Math.ceil(specs.length / shape.communitiesPerStreet));
  const streets: StreetPlan[] = Array.from({ length: streetCount }, (_, index) => {
    const { streetId, name } = streetName(index);
    const mine = specs.filter((_spec, spec) => spec % streetCount === index);
    const communities = mine.map((spec) => ({
      communityId: spec.communityId,
      streetId,
      name: spec.name,
      grids: gridsOf(spec, streetId, random),
    }));
    return { streetId, name, communities };
  });
  const departments: DepartmentPlan[] = [
    ...streets.flatMap((street, index) => departmentsOf(street, index)),
    {
      departmentId: `${districtId}-urban`,
      name: '北辰区城市管理综合执法局',
      kind: 'urban_management',
      belongsTo: { kind: 'district', id: districtId },
    },
    {
      departmentId: `${districtId}-housing`,
      name: '北辰区住房和建设委员会',
      kind: 'housing',
      belongsTo: { kind: 'district', id: districtId },
    },
  ];
  const grids = streets.flatMap((street) => street.communities.flatMap((c) => c.grids));
  return { districtId, streets, departments, grids };
};

/** The departments a case in `streetId` may call on, by kind. */
export const departmentFor = (
  plan: DistrictPlan,
  streetId: string,
  kind: DepartmentKind,
): DepartmentPlan | undefined =>
  plan.departments.find(
    (department) =>
      department.kind === kind &&
      (department.belongsTo.kind === 'district' || department.belongsTo.id === streetId),
  );
