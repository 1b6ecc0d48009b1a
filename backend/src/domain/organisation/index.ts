// The organisation: the district's places, departments and staff, as commands and as the
// directory other commands and auditors consult.

export {
  emptyDirectory,
  evolveDirectory,
  foldDirectory,
  type GridEntry,
  type OrganisationDirectory,
  type RecordedOrganisationEvent,
  type StaffAssignment,
} from './organisationDirectory.ts';
export {
  buildingsOf,
  currentAssignments,
  gridsOf,
  holdersOf,
  placeOfGrid,
  scopeContains,
  scopeExists,
  scopeWithin,
  staffOn,
  type When,
} from './directoryQueries.ts';
export * from './organisationCommands.ts';
export { decideOrganisation } from './decideOrganisation.ts';
export {
  organisationStream,
  organisationStreamFor,
  startsOrganisationStream,
  type OrganisationStreamKind,
} from './organisationStreams.ts';
