// Read models: pure projections from events to rows, their tables and their queries.

export * from './projection.ts';
export * from './applyRowChanges.ts';
export * from './organisation/organisationProjection.ts';
export * from './organisation/organisationQueries.ts';
export { projections } from './projections.ts';
export * from './listing.ts';
export * from './readScope.ts';
export * from './caseBoard/caseBoardProjection.ts';
export * from './caseBoard/caseBoardQueries.ts';
export * from './figures/figureRequest.ts';
export * from './figures/figureResults.ts';
export * from './figures/figureSeries.ts';
export * from './figures/figurePlaces.ts';
export * from './figures/figuresProjection.ts';
export * from './figures/figuresQueries.ts';
export * from './figures/communityRanking.ts';
export * from './figures/recompute/recomputeFigures.ts';
