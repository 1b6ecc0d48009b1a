// The HTTP API's response schemas. The backend answers with them and describes them in
// /api/openapi.json; they live here, not in the backend, so the console may import their
// types (it imports only types, and only from events and projections).

export type * from './responseBody.ts';
export * from './commandResponse.ts';
export * from './writtenEvents.ts';
export * from './caseState.ts';
export * from './caseResponses.ts';
export * from './recordResponses.ts';
export * from './organisationResponses.ts';
export * from './sessionResponses.ts';
export * from './logIntegrityResponses.ts';
export * from './healthResponse.ts';
export * from './figuresResponses.ts';
export * from './auditResponses.ts';
export * from './readModelResponses.ts';
