// The event catalogue: what may be written to the log, in which shape, and how older shapes are read.

export * from './primitives.ts';
export * from './ladder.ts';
export * from './caseVocabulary.ts';
export * from './roles.ts';
export * from './place.ts';
export * from './personalData.ts';
export * from './freeText.ts';
export * from './personalDataInText.ts';

export * from './case/caseOpening.ts';
export * from './case/caseRouting.ts';
export * from './case/departmentSummons.ts';
export * from './case/caseSettlement.ts';
export * from './case/caseRecord.ts';
export * from './inspection/inspectionRecorded.ts';
export * from './inspection/patrolPersonalDataErased.ts';
export * from './meeting/residentMeetingHeld.ts';
export * from './organisation/structure.ts';
export * from './organisation/staffAssignment.ts';

export * from './catalogue.ts';
export * from './streamNames.ts';
export * from './metadata.ts';
export * from './eventValidationError.ts';
export { validateEventData } from './validateEventData.ts';
export * from './personalDataPaths.ts';
export * from './personalDataMapping.ts';
export * from './personalDataMasking.ts';
export * from './residentGroups.ts';

export * from './upcasting/upcaster.ts';
export { upcasters, defaultUpcasterRegistry } from './upcasting/upcasters.ts';
export { upcastEvent, decodeEvent } from './upcasting/upcastEvent.ts';
