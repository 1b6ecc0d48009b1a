import type {
  Actor,
  DisputeLogged,
  EscalationReason,
  IssueReported,
  Level,
  MediationRecorded,
  ResolutionOutcome,
  ReturnVisitRecorded,
  RiskLevel,
} from '@gridline/events';
import type { RecordedCaseEvent } from '../evolveCase.ts';
import { place } from './people.ts';
import { dueFromMonday } from './time.ts';

// Past events of the one case under test, for the Given part of a specification.

export const caseId = 'C-20260601-0001';

export const disputeLogged = (changes: Partial<DisputeLogged> = {}): RecordedCaseEvent => ({
  type: 'DisputeLogged',
  data: {
    caseId,
    place,
    riskLevel: 'medium',
    title: '楼上漏水引发邻里纠纷',
    description: '302室卫生间漏水至202室，双方就维修费用协商未果。',
    disputeType: 'neighbour',
    parties: [
      { name: '赵敏', phone: '13800138000', role: 'applicant' },
      { name: '钱进', role: 'respondent' },
    ],
    source: 'resident',
    level: 'grid',
    deadline: dueFromMonday.grid,
    ...changes,
  },
});

export const issueReported = (changes: Partial<IssueReported> = {}): RecordedCaseEvent => ({
  type: 'IssueReported',
  data: {
    caseId,
    place,
    riskLevel: 'high',
    title: '楼道内电动车充电',
    description: '3号楼1单元楼道有电动车飞线充电。',
    category: 'hazard',
    source: 'hotline',
    reporter: { name: '孙丽', phone: '13900139000' },
    level: 'grid',
    // High risk halves the grid's three working days to two, from Monday.
    deadline: '2026-06-03T15:59:59.999Z',
    ...changes,
  },
});

export const assigned = (
  level: Level,
  assignee: Actor,
  dispatcher: Actor,
  deadline: string,
): RecordedCaseEvent => ({
  type: 'CaseAssigned',
  data: {
    caseId,
    level,
    assigneeId: assignee.personId,
    dispatcherId: dispatcher.personId,
    deadline,
  },
});

export const accepted = (level: Level): RecordedCaseEvent => ({
  type: 'CaseAccepted',
  data: { caseId, level },
});

export const mediated = (
  level: Level,
  outcome: MediationRecorded['outcome'],
  mediator?: Actor,
): RecordedCaseEvent => ({
  type: 'MediationRecorded',
  data: { caseId, level, outcome, summary: '双方当面协商。' },
  ...(mediator ? { metadata: { actor: { personId: mediator.personId } } } : {}),
});

type Rung = 'grid' | 'community' | 'street';
type UpperRung = 'community' | 'street' | 'department';

export const escalated = (
  fromLevel: Rung,
  toLevel: UpperRung,
  deadline: string,
  departmentId?: string,
  reason: EscalationReason = 'beyond_authority',
): RecordedCaseEvent => ({
  type: 'CaseEscalated',
  data: {
    caseId,
    fromLevel,
    toLevel,
    reason,
    deadline,
    ...(departmentId === undefined ? {} : { departmentId }),
  },
});

export const returned = (
  fromLevel: UpperRung,
  toLevel: Rung,
  deadline: string,
): RecordedCaseEvent => ({
  type: 'CaseReturned',
  data: {
    caseId,
    fromLevel,
    toLevel,
    reason: '属下级可处理事项。',
    guidance: '请先调解。',
    deadline,
  },
});

export const extended = (
  level: Level,
  previousDeadline: string,
  newDeadline: string,
): RecordedCaseEvent => ({
  type: 'DeadlineExtended',
  data: { caseId, level, previousDeadline, newDeadline, reason: '等待鉴定结果。' },
});

export const deadlineMissed = (level: Level, deadline: string): RecordedCaseEvent => ({
  type: 'CaseDeadlineMissed',
  data: { caseId, level, deadline },
});

export const summoned = (
  summonsId: string,
  lead: string,
  assisting: readonly string[],
  reportBy: string,
  level: Level | null = 'community',
): RecordedCaseEvent => ({
  type: 'DepartmentSummoned',
  data: {
    caseId,
    summonsId,
    lead: { departmentId: lead, reportBy },
    assisting: assisting.map((departmentId) => ({ departmentId, reportBy })),
    urgent: false,
    request: '请到场处置。',
    level,
  },
});

export const summonsWithdrawn = (
  summonsId: string,
  departmentIds: readonly string[],
): RecordedCaseEvent => ({
  type: 'SummonsWithdrawn',
  data: { caseId, summonsId, departmentIds: [...departmentIds], reason: '已无需协办。' },
});

export const departmentReported = (summonsId: string, departmentId: string): RecordedCaseEvent => ({
  type: 'DepartmentReported',
  data: { caseId, summonsId, departmentId, response: '已到场。' },
});

/** Resolved by `resolver` at `at`; the time is the envelope's, which the fold reads. */
export const resolved = (
  level: Level,
  resolver: Actor,
  at: Date,
  outcome: ResolutionOutcome = 'mediated',
  resolutionNumber = 1,
): RecordedCaseEvent => ({
  type: 'CaseResolved',
  data: {
    caseId,
    level,
    outcome,
    summary: '双方达成协议。',
    resolverId: resolver.personId,
    resolutionNumber,
    deadlineInForce: dueFromMonday[level],
    originalDeadline: dueFromMonday[level],
  },
  metadata: { actor: { personId: resolver.personId }, recordedAt: at.toISOString() },
});

/** Resolved, as folded from event data alone: the time is unknown. */
export const resolvedWithoutMetadata = (level: Level, resolver: Actor): RecordedCaseEvent => ({
  type: 'CaseResolved',
  data: {
    caseId,
    level,
    outcome: 'mediated',
    summary: '双方达成协议。',
    resolverId: resolver.personId,
    resolutionNumber: 1,
    deadlineInForce: null,
    originalDeadline: null,
  },
});

export const verified = (verifier: Actor, resolutionNumber = 1): RecordedCaseEvent => ({
  type: 'ResolutionVerified',
  data: {
    caseId,
    method: 'site_visit',
    outcome: 'confirmed',
    verifierId: verifier.personId,
    resolutionNumber,
  },
});

export const verificationFailed = (
  verifier: Actor,
  deadline: string,
  resolutionNumber = 1,
): RecordedCaseEvent => ({
  type: 'ResolutionVerified',
  data: {
    caseId,
    method: 'site_visit',
    outcome: 'failed',
    verifierId: verifier.personId,
    resolutionNumber,
    deadline,
  },
});

export const visited = (
  rating: ReturnVisitRecorded['rating'],
  visitor: Actor,
  resolutionNumber = 1,
): RecordedCaseEvent => ({
  type: 'ReturnVisitRecorded',
  data: { caseId, rating, method: 'phone', resolutionNumber, visitorId: visitor.personId },
});

export const riskReassessed = (
  level: Level,
  previousRiskLevel: RiskLevel,
  riskLevel: RiskLevel,
): RecordedCaseEvent => ({
  type: 'CaseRiskReassessed',
  data: { caseId, level, previousRiskLevel, riskLevel, reason: '矛盾有激化迹象。' },
});

export const reopened = (level: Level, deadline: string): RecordedCaseEvent => ({
  type: 'CaseReopened',
  data: { caseId, level, trigger: 'new_information', reason: '发现新情况。', deadline },
});

export const closed = (): RecordedCaseEvent => ({
  type: 'CaseClosed',
  data: { caseId, basis: 'satisfied_return_visit' },
});

/** The same event, as the field worker's device dated it. */
export const at = (event: RecordedCaseEvent, occurredAt: Date): RecordedCaseEvent => ({
  ...event,
  metadata: { ...event.metadata, occurredAt: occurredAt.toISOString() },
});
