// Read models: pure projections from events to rows, their tables and their queries.

export * from './projection.ts';
export * from './apiContract/index.ts';
export * from './applyRowChanges.ts';
export * from './organisation/organisationProjection.ts';
export * from './organisation/organisationQueries.ts';
export { projections } from './projections.ts';
export * from './listing.ts';
export * from './readScope.ts';
export * from './caseBoard/caseBoardProjection.ts';
export * from './caseBoard/caseBoardQueries.ts';
export * from './gridPatch/gridPatchProjection.ts';
export * from './gridPatch/gridPatchQueries.ts';
export * from './gridPatch/patrolQueries.ts';
export * from './gridPatch/workerActivity.ts';
export * from './departmentSummons/summonsProjection.ts';
export * from './departmentSummons/summonsQueries.ts';
export * from './departmentSummons/departmentResponse.ts';
export * from './caseBoard/caseWatchQueries.ts';
export * from './auditLog/auditLogProjection.ts';
export * from './auditLog/auditLogQueries.ts';
