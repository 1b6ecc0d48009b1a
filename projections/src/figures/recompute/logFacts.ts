import { caseEventTypes, type CaseEvent, type GridlineEvent, type Level } from '@gridline/events';
import type { ProjectedEvent } from '../../projection.ts';
import type { KnownPlace } from '../figurePlaces.ts';
import { foldPlaceEvent } from './placeFacts.ts';

// The log folded into plain objects, event by event, with no database and none of the
// read model's code: what the auditor's recomputation counts the figures from. Each case
// keeps every resolution and every event that took one back, so which resolution stands
// is worked out when counting, not tracked as the read model tracks it.

export interface Whereabouts {
  readonly streetId: string;
  readonly communityId: string;
  readonly gridId: string;
}

export interface CaseRecord extends Whereabouts {
  readonly buildingId: string | null;
  readonly topic: string;
  readonly source: string;
  readonly openedLevel: Level;
  readonly openedAt: number;
  readonly openedPosition: number;
  readonly levelsReached: Set<Level>;
  readonly resolutions: {
    readonly position: number;
    readonly at: number;
    readonly level: Level;
    readonly outcome: string;
    readonly deadlineInForce: number | null;
    readonly originalDeadline: number | null;
  }[];
  /** Positions of the reopens and failed checks that sent the case back to work. */
  readonly takenBack: number[];
  readonly reopens: number[];
  readonly returns: { readonly at: number; readonly fromLevel: Level }[];
  readonly visits: { readonly at: number; readonly rating: string }[];
}

export interface SummonedRecord {
  readonly departmentId: string;
  readonly caseId: string;
  readonly summonedAt: number;
  readonly reportBy: number;
  reportedAt: number | null;
  withdrawnAt: number | null;
}

export interface LogFacts {
  readonly cases: Map<string, CaseRecord>;
  /** By summons id and department id. */
  readonly summoned: Map<string, SummonedRecord>;
  readonly patrols: Map<
    string,
    Whereabouts & { at: number; welfare: string[]; buildings: string[] }
  >;
  readonly buildings: Map<string, Whereabouts & { households: number; registeredAt: number }>;
  /** By `kind:id`. */
  readonly places: Map<string, KnownPlace>;
  readonly gridWorkerTerms: {
    personId: string;
    gridId: string;
    assignedAt: number;
    unassignedAt: number | null;
  }[];
  readonly meetings: Map<
    string,
    Omit<Whereabouts, 'gridId'> & { at: number; matters: { caseId: string; gridId: string }[] }
  >;
}

export const emptyLogFacts = (): LogFacts => ({
  cases: new Map(),
  summoned: new Map(),
  patrols: new Map(),
  buildings: new Map(),
  places: new Map(),
  gridWorkerTerms: [],
  meetings: new Map(),
});

export const ms = (timestamp: string): number => new Date(timestamp).getTime();

/** Folds one event in; the events must come in log order. */
export const foldEvent = (facts: LogFacts, { event, metadata, position }: ProjectedEvent): void => {
  const at = ms(metadata.recordedAt);
  const where = Number(position.commit);
  if (!foldCaseEvent(facts, event, at, where)) foldPlaceEvent(facts, event, at);
};

const summonedKey = (summonsId: string, departmentId: string) => `${summonsId} ${departmentId}`;

const caseTypes: ReadonlySet<string> = new Set(caseEventTypes);

function foldCaseEvent(
  facts: LogFacts,
  someEvent: GridlineEvent,
  at: number,
  position: number,
): boolean {
  if (!caseTypes.has(someEvent.type)) return false;
  const event = someEvent as CaseEvent;
  if (event.type === 'DisputeLogged' || event.type === 'IssueReported') {
    const { caseId, place, source, level } = event.data;
    facts.cases.set(caseId, {
      streetId: place.streetId,
      communityId: place.communityId,
      gridId: place.gridId,
      buildingId: place.buildingId ?? null,
      topic:
        event.type === 'IssueReported'
          ? `issue:${event.data.category}`
          : `dispute:${event.data.disputeType}`,
      source,
      openedLevel: level,
      openedAt: at,
      openedPosition: position,
      levelsReached: new Set([level]),
      resolutions: [],
      takenBack: [],
      reopens: [],
      returns: [],
      visits: [],
    });
    return true;
  }
  const record = facts.cases.get(event.data.caseId);
  switch (event.type) {
    case 'CaseEscalated':
      record?.levelsReached.add(event.data.toLevel);
      return true;
    case 'CaseReturned':
      record?.returns.push({ at, fromLevel: event.data.fromLevel });
      return true;
    case 'CaseResolved': {
      const { level, outcome, deadlineInForce, originalDeadline } = event.data;
      record?.resolutions.push({
        position,
        at,
        level,
        outcome,
        deadlineInForce: deadlineInForce === null ? null : ms(deadlineInForce),
        originalDeadline: originalDeadline === null ? null : ms(originalDeadline),
      });
      return true;
    }
    case 'ResolutionVerified':
      if (event.data.outcome === 'failed') record?.takenBack.push(position);
      return true;
    case 'CaseReopened':
      record?.takenBack.push(position);
      record?.reopens.push(position);
      return true;
    case 'ReturnVisitRecorded':
      record?.visits.push({ at, rating: event.data.rating });
      return true;
    case 'DepartmentSummoned':
      for (const { departmentId, reportBy } of [event.data.lead, ...event.data.assisting]) {
        facts.summoned.set(summonedKey(event.data.summonsId, departmentId), {
          departmentId,
          caseId: event.data.caseId,
          summonedAt: at,
          reportBy: ms(reportBy),
          reportedAt: null,
          withdrawnAt: null,
        });
      }
      return true;
    case 'DepartmentReported': {
      const summoned = facts.summoned.get(
        summonedKey(event.data.summonsId, event.data.departmentId),
      );
      if (summoned && summoned.reportedAt === null) summoned.reportedAt = at;
      return true;
    }
    case 'SummonsWithdrawn':
      for (const departmentId of event.data.departmentIds) {
        const summoned = facts.summoned.get(summonedKey(event.data.summonsId, departmentId));
        if (summoned && summoned.withdrawnAt === null) summoned.withdrawnAt = at;
      }
      return true;
    default:
      return true;
  }
}
