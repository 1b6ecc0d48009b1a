import type * as z from 'zod';
import * as opening from './case/caseOpening.ts';
import * as record from './case/caseRecord.ts';
import * as routing from './case/caseRouting.ts';
import * as settlement from './case/caseSettlement.ts';
import * as summons from './case/departmentSummons.ts';
import * as inspection from './inspection/inspectionRecorded.ts';
import * as patrolErasure from './inspection/patrolPersonalDataErased.ts';
import * as meeting from './meeting/residentMeetingHeld.ts';
import * as staff from './organisation/staffAssignment.ts';
import * as structure from './organisation/structure.ts';

// The closed list of event types, their current versions and the stream kind each lives
// in. Bump a version only together with an upcaster from the previous one.

export const streamKinds = ['case', 'inspection', 'meeting', 'organisation', 'access'] as const;
export type StreamKind = (typeof streamKinds)[number];

export interface CaseEventData {
  DisputeLogged: opening.DisputeLogged;
  IssueReported: opening.IssueReported;
  CaseAssigned: routing.CaseAssigned;
  CaseAccepted: routing.CaseAccepted;
  MediationRecorded: settlement.MediationRecorded;
  CaseEscalated: routing.CaseEscalated;
  DepartmentSummoned: summons.DepartmentSummoned;
  DepartmentReported: summons.DepartmentReported;
  SummonsWithdrawn: summons.SummonsWithdrawn;
  CaseRiskReassessed: routing.CaseRiskReassessed;
  DeadlineExtended: routing.DeadlineExtended;
  ResolutionVerified: settlement.ResolutionVerified;
  CaseReturned: routing.CaseReturned;
  CaseResolved: settlement.CaseResolved;
  ReturnVisitRecorded: settlement.ReturnVisitRecorded;
  CaseReopened: settlement.CaseReopened;
  CaseClosed: settlement.CaseClosed;
  CaseDeadlineMissed: routing.CaseDeadlineMissed;
  CaseNoteAdded: record.CaseNoteAdded;
}

export interface InspectionEventData {
  InspectionRecorded: inspection.InspectionRecorded;
}

export interface MeetingEventData {
  ResidentMeetingHeld: meeting.ResidentMeetingHeld;
}

/**
 * The access log (`access-<personId>`): reads that leave a trace. A reveal is not a change to
 * the case, so it never moves the case's revision (nor a colleague's pending If-Match). An
 * erasure of a case's personal data is put on record here too: it changes no case fact.
 */
export interface AccessEventData {
  PersonalDataRevealed: record.PersonalDataRevealed;
  PersonalDataErased: record.PersonalDataErased;
  PatrolPersonalDataErased: patrolErasure.PatrolPersonalDataErased;
}

export interface OrganisationEventData {
  StreetEstablished: structure.StreetEstablished;
  CommunityEstablished: structure.CommunityEstablished;
  GridEstablished: structure.GridEstablished;
  BuildingRegistered: structure.BuildingRegistered;
  DepartmentEstablished: structure.DepartmentEstablished;
  StaffAssigned: staff.StaffAssigned;
  StaffUnassigned: staff.StaffUnassigned;
}

type EventDataByType = CaseEventData &
  InspectionEventData &
  MeetingEventData &
  OrganisationEventData &
  AccessEventData;
type EventUnion<DataByType> = {
  [Type in keyof DataByType]: { type: Type; data: DataByType[Type] };
}[keyof DataByType];

export type CaseEvent = EventUnion<CaseEventData>;
export type InspectionEvent = EventUnion<InspectionEventData>;
export type MeetingEvent = EventUnion<MeetingEventData>;
export type OrganisationEvent = EventUnion<OrganisationEventData>;
export type AccessEvent = EventUnion<AccessEventData>;
export type GridlineEvent =
  CaseEvent | InspectionEvent | MeetingEvent | OrganisationEvent | AccessEvent;

export type EventType = GridlineEvent['type'];
export type CaseEventType = CaseEvent['type'];
export type InspectionEventType = InspectionEvent['type'];
export type MeetingEventType = MeetingEvent['type'];
export type OrganisationEventType = OrganisationEvent['type'];
export type AccessEventType = AccessEvent['type'];
export type EventData<Type extends EventType> = EventDataByType[Type];
/** One member of GridlineEvent, picked by its type. */
export type EventOfType<Type extends EventType> = { type: Type; data: EventData<Type> };

interface EventSpec<Data> {
  readonly version: number;
  readonly schema: z.ZodType<Data>;
}
type EventSpecs<DataByType> = { readonly [Type in keyof DataByType]: EventSpec<DataByType[Type]> };

const caseEventSpecs = {
  DisputeLogged: { version: 3, schema: opening.disputeLoggedSchema },
  IssueReported: { version: 2, schema: opening.issueReportedSchema },
  CaseAssigned: { version: 1, schema: routing.caseAssignedSchema },
  CaseAccepted: { version: 1, schema: routing.caseAcceptedSchema },
  MediationRecorded: { version: 1, schema: settlement.mediationRecordedSchema },
  CaseEscalated: { version: 1, schema: routing.caseEscalatedSchema },
  DepartmentSummoned: { version: 2, schema: summons.departmentSummonedSchema },
  DepartmentReported: { version: 1, schema: summons.departmentReportedSchema },
  SummonsWithdrawn: { version: 1, schema: summons.summonsWithdrawnSchema },
  CaseRiskReassessed: { version: 1, schema: routing.caseRiskReassessedSchema },
  DeadlineExtended: { version: 1, schema: routing.deadlineExtendedSchema },
  ResolutionVerified: { version: 2, schema: settlement.resolutionVerifiedSchema },
  CaseReturned: { version: 1, schema: routing.caseReturnedSchema },
  CaseResolved: { version: 2, schema: settlement.caseResolvedSchema },
  ReturnVisitRecorded: { version: 2, schema: settlement.returnVisitRecordedSchema },
  CaseReopened: { version: 1, schema: settlement.caseReopenedSchema },
  CaseClosed: { version: 2, schema: settlement.caseClosedSchema },
  CaseDeadlineMissed: { version: 1, schema: routing.caseDeadlineMissedSchema },
  CaseNoteAdded: { version: 1, schema: record.caseNoteAddedSchema },
} as const satisfies EventSpecs<CaseEventData>;

const meetingEventSpecs = {
  ResidentMeetingHeld: { version: 1, schema: meeting.residentMeetingHeldSchema },
} as const satisfies EventSpecs<MeetingEventData>;

const accessEventSpecs = {
  PersonalDataRevealed: { version: 1, schema: record.personalDataRevealedSchema },
  PersonalDataErased: { version: 1, schema: record.personalDataErasedSchema },
  PatrolPersonalDataErased: { version: 1, schema: patrolErasure.patrolPersonalDataErasedSchema },
} as const satisfies EventSpecs<AccessEventData>;

const inspectionEventSpecs = {
  InspectionRecorded: { version: 1, schema: inspection.inspectionRecordedSchema },
} as const satisfies EventSpecs<InspectionEventData>;

const organisationEventSpecs = {
  StreetEstablished: { version: 1, schema: structure.streetEstablishedSchema },
  CommunityEstablished: { version: 1, schema: structure.communityEstablishedSchema },
  GridEstablished: { version: 1, schema: structure.gridEstablishedSchema },
  BuildingRegistered: { version: 1, schema: structure.buildingRegisteredSchema },
  DepartmentEstablished: { version: 1, schema: structure.departmentEstablishedSchema },
  StaffAssigned: { version: 1, schema: staff.staffAssignedSchema },
  StaffUnassigned: { version: 1, schema: staff.staffUnassignedSchema },
} as const satisfies EventSpecs<OrganisationEventData>;

export interface EventDefinition<Type extends EventType = EventType> {
  readonly type: Type;
  /** The current version: what is written now and what every read is upcast to. */
  readonly version: number;
  readonly schema: z.ZodType<EventData<Type>>;
  readonly streamKind: StreamKind;
}

const specsByStreamKind = {
  case: caseEventSpecs,
  inspection: inspectionEventSpecs,
  meeting: meetingEventSpecs,
  organisation: organisationEventSpecs,
  access: accessEventSpecs,
} satisfies Record<StreamKind, object>;

const definitions = new Map<string, EventDefinition>(
  streamKinds.flatMap((streamKind) =>
    Object.entries(specsByStreamKind[streamKind]).map(([type, spec]) => [
      type,
      { type: type as EventType, version: spec.version, schema: spec.schema, streamKind },
    ]),
  ),
);

const typesOf = <Specs extends object>(specs: Specs) =>
  Object.freeze(Object.keys(specs)) as readonly (keyof Specs & string)[];

export const caseEventTypes = typesOf(caseEventSpecs);
export const inspectionEventTypes = typesOf(inspectionEventSpecs);
export const meetingEventTypes = typesOf(meetingEventSpecs);
export const organisationEventTypes = typesOf(organisationEventSpecs);
export const accessEventTypes = typesOf(accessEventSpecs);
export const eventTypes: readonly EventType[] = Object.freeze([
  ...caseEventTypes,
  ...inspectionEventTypes,
  ...meetingEventTypes,
  ...organisationEventTypes,
  ...accessEventTypes,
]);

export function isEventType(type: string): type is EventType {
  return definitions.has(type);
}

export function eventDefinition<Type extends EventType>(type: Type): EventDefinition<Type>;
export function eventDefinition(type: string): EventDefinition | undefined;
export function eventDefinition(type: string): EventDefinition | undefined {
  return definitions.get(type);
}
