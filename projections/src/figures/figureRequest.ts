import type { Level } from '@gridline/events';

// What a figure is asked for (docs/figures.md "How a figure is asked for"): a scope, a
// window of server time and optionally a source. Both computations — the read model and
// the recomputation from the log — take exactly this, so they can be compared figure by
// figure.

/** Where a case came from, as the events spell it; the API says `patrol` for `inspection`. */
export const figureSources = ['inspection', 'resident', 'hotline', 'meeting', 'referral'] as const;
export type FigureSource = (typeof figureSources)[number];

/** Figures are asked for by place: departments have their own figure, not a scope. */
export type FigureScope =
  | { readonly kind: 'district' }
  | { readonly kind: 'street' | 'community' | 'grid'; readonly id: string };

/** Server time (`recordedAt`), in ms since the epoch: `from` included, `to` excluded. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

export const figureNames = [
  'communityRetentionRate',
  'streetRetentionRate',
  'resolutionRate',
  'onTimeRate',
  'satisfactionRate',
  'reopenRate',
  'timeToResolve',
  'escalationFunnel',
  'returns',
  'repeatRate',
  'proactiveDiscoveryRate',
  'inspectionCoverage',
  'inspectionsPerWorker',
  'welfareChecks',
  'departmentResponse',
  'residentMeetings',
] as const;
export type FigureName = (typeof figureNames)[number];

export const isFigureName = (name: string): name is FigureName =>
  (figureNames as readonly string[]).includes(name);

/** One figure's question: the part of the district, the window and the source. */
export interface FigureSlice {
  readonly scope: FigureScope;
  readonly window: TimeWindow;
  /** Null: cases of every source, those of unknown source included. */
  readonly source: FigureSource | null;
}

export interface FiguresQuery extends FigureSlice {
  readonly figures: readonly FigureName[];
  /** The window cut into weeks (the caller knows the time zone), or null for no weekly series. */
  readonly weeks: readonly TimeWindow[] | null;
}

export const dayMs = 86_400_000;

/** The levels a case climbs, lowest first, as the funnel and time to resolve list them. */
export const figureLevels: readonly Level[] = ['grid', 'community', 'street', 'department'];
