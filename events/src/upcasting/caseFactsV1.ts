import {
  disputeLoggedV2Schema,
  issueReportedV1Schema,
  type DisputeLogged,
  type DisputeLoggedV2,
  type IssueReported,
  type IssueReportedV1,
} from '../case/caseOpening.ts';
import {
  caseClosedV1Schema,
  caseResolvedV1Schema,
  resolutionVerifiedV1Schema,
  returnVisitRecordedV1Schema,
  type CaseClosed,
  type CaseClosedV1,
  type CaseResolved,
  type CaseResolvedV1,
  type ResolutionVerified,
  type ResolutionVerifiedV1,
  type ReturnVisitRecorded,
  type ReturnVisitRecordedV1,
} from '../case/caseSettlement.ts';
import {
  departmentSummonedV1Schema,
  type DepartmentSummoned,
  type DepartmentSummonedV1,
} from '../case/departmentSummons.ts';
import { defineUpcaster, type UpcastEnvelope } from './upcaster.ts';

// The facts the figures need, added to events stored before they were recorded. What the
// old event and its envelope cannot tell is said to be unknown (null, `unknown`), never
// guessed. Until these versions every case opened at the grid, with no clock until dispatch.

export const disputeLoggedV2ToV3 = defineUpcaster({
  type: 'DisputeLogged',
  fromVersion: 2,
  fromSchema: disputeLoggedV2Schema,
  up: (data: DisputeLoggedV2): DisputeLogged => ({
    ...data,
    level: 'grid',
    deadline: null,
    // Only a finding's link says where a v2 dispute came from.
    source: data.inspectionId === undefined ? 'unknown' : 'inspection',
  }),
});

export const issueReportedV1ToV2 = defineUpcaster({
  type: 'IssueReported',
  fromVersion: 1,
  fromSchema: issueReportedV1Schema,
  up: (data: IssueReportedV1): IssueReported => ({ ...data, level: 'grid', deadline: null }),
});

// The person who wrote the event is in its envelope: that is the resolver, the verifier,
// the visitor. Which resolution it was, and its deadlines, only a refold could tell.
const writerOf = (envelope: UpcastEnvelope | undefined, type: string): string => {
  const personId = envelope?.actor?.personId;
  if (personId === undefined) throw new Error(`Upcasting ${type} v1 needs the event's actor`);
  return personId;
};

export const caseResolvedV1ToV2 = defineUpcaster({
  type: 'CaseResolved',
  fromVersion: 1,
  fromSchema: caseResolvedV1Schema,
  up: (data: CaseResolvedV1, envelope): CaseResolved => ({
    ...data,
    resolverId: writerOf(envelope, 'CaseResolved'),
    resolutionNumber: null,
    deadlineInForce: null,
    originalDeadline: null,
  }),
});

export const resolutionVerifiedV1ToV2 = defineUpcaster({
  type: 'ResolutionVerified',
  fromVersion: 1,
  fromSchema: resolutionVerifiedV1Schema,
  // In v1 a failed check was recorded as a reopen, so every v1 verification confirmed.
  up: (data: ResolutionVerifiedV1, envelope): ResolutionVerified => ({
    ...data,
    outcome: 'confirmed',
    verifierId: writerOf(envelope, 'ResolutionVerified'),
    resolutionNumber: null,
  }),
});

export const returnVisitRecordedV1ToV2 = defineUpcaster({
  type: 'ReturnVisitRecorded',
  fromVersion: 1,
  fromSchema: returnVisitRecordedV1Schema,
  up: (data: ReturnVisitRecordedV1, envelope): ReturnVisitRecorded => ({
    ...data,
    resolutionNumber: null,
    visitorId: writerOf(envelope, 'ReturnVisitRecorded'),
  }),
});

export const departmentSummonedV1ToV2 = defineUpcaster({
  type: 'DepartmentSummoned',
  fromVersion: 1,
  fromSchema: departmentSummonedV1Schema,
  up: (data: DepartmentSummonedV1): DepartmentSummoned => ({ ...data, level: null }),
});

export const caseClosedV1ToV2 = defineUpcaster({
  type: 'CaseClosed',
  fromVersion: 1,
  fromSchema: caseClosedV1Schema,
  up: (data: CaseClosedV1): CaseClosed => data,
});
