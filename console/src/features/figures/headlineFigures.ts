import type { FiguresResponse } from '@gridline/projections';

type Figures = FiguresResponse['figures'];

/** The rates a community or street is judged on, in the order the cards and prints show them. */
export const headlineNames = [
  'communityRetentionRate',
  'streetRetentionRate',
  'resolutionRate',
  'onTimeRate',
  'satisfactionRate',
  'reopenRate',
  'repeatRate',
  'proactiveDiscoveryRate',
  'inspectionCoverage',
  'departmentResponse',
  'residentMeetings',
] as const;
export type HeadlineName = (typeof headlineNames)[number];

/** A headline rate and the counts it was made of, named as the dictionaries' `basis` says. */
export interface Headline {
  readonly name: HeadlineName;
  readonly rate: number | null;
  readonly basis: Readonly<Record<string, number>>;
}

/** Each headline rate present in `figures`, with what it was counted from. */
export const headlinesOf = (figures: Figures): Headline[] => {
  const f = figures;
  const found: (Headline | null)[] = [
    f.communityRetentionRate
      ? {
          name: 'communityRetentionRate',
          rate: f.communityRetentionRate.rate,
          basis: {
            resolved: f.communityRetentionRate.resolved,
            part: f.communityRetentionRate.withinCommunity,
          },
        }
      : null,
    f.streetRetentionRate
      ? {
          name: 'streetRetentionRate',
          rate: f.streetRetentionRate.rate,
          basis: {
            resolved: f.streetRetentionRate.resolved,
            part: f.streetRetentionRate.withinStreet,
          },
        }
      : null,
    f.resolutionRate
      ? {
          name: 'resolutionRate',
          rate: f.resolutionRate.rate,
          basis: {
            opened: f.resolutionRate.opened,
            resolved: f.resolutionRate.resolved,
            withdrawn: f.resolutionRate.withdrawn,
          },
        }
      : null,
    f.onTimeRate
      ? {
          name: 'onTimeRate',
          rate: f.onTimeRate.rate,
          basis: { resolved: f.onTimeRate.resolved, part: f.onTimeRate.onTime },
        }
      : null,
    f.satisfactionRate
      ? {
          name: 'satisfactionRate',
          rate: f.satisfactionRate.rate,
          basis: {
            visits: f.satisfactionRate.visits,
            part: f.satisfactionRate.satisfied + f.satisfactionRate.basicallySatisfied,
          },
        }
      : null,
    f.reopenRate
      ? {
          name: 'reopenRate',
          rate: f.reopenRate.rate,
          basis: { resolved: f.reopenRate.resolved, part: f.reopenRate.reopened },
        }
      : null,
    f.repeatRate
      ? {
          name: 'repeatRate',
          rate: f.repeatRate.rate,
          basis: { opened: f.repeatRate.opened, part: f.repeatRate.repeats },
        }
      : null,
    f.proactiveDiscoveryRate
      ? {
          name: 'proactiveDiscoveryRate',
          rate: f.proactiveDiscoveryRate.rate,
          basis: {
            opened: f.proactiveDiscoveryRate.opened,
            part: f.proactiveDiscoveryRate.fromPatrols,
          },
        }
      : null,
    f.inspectionCoverage
      ? {
          name: 'inspectionCoverage',
          rate: f.inspectionCoverage.last7Days.rate,
          basis: {
            buildings: f.inspectionCoverage.last7Days.buildings,
            part: f.inspectionCoverage.last7Days.buildingsVisited,
          },
        }
      : null,
    f.departmentResponse
      ? {
          name: 'departmentResponse',
          rate: f.departmentResponse.rate,
          basis: { summoned: f.departmentResponse.summoned, part: f.departmentResponse.onTime },
        }
      : null,
    f.residentMeetings
      ? {
          name: 'residentMeetings',
          rate: f.residentMeetings.rate,
          basis: {
            collected: f.residentMeetings.mattersCollected,
            part: f.residentMeetings.mattersResolved,
          },
        }
      : null,
  ];
  return found.filter((headline): headline is Headline => headline !== null);
};
