import type {
  AccessEvent,
  CaseEvent,
  CasePlace,
  ClosureBasis,
  EventMetadata,
  Level,
  ResolutionOutcome,
  ReturnVisitRating,
  RiskLevel,
} from '@gridline/events';

// What `GET /api/cases/:id` answers under `state`. The server folds it from the events in
// @gridline/events; the API does not publish its schema yet, so the console names here the
// members it reads, in the events' own vocabulary.

export type CaseStatus = 'awaiting_dispatch' | 'assigned' | 'in_progress' | 'resolved' | 'closed';

export interface CaseAssignment {
  readonly assigneeId: string;
  readonly dispatcherId: string;
}

export interface CaseSummons {
  readonly summonsId: string;
  readonly urgent: boolean;
  readonly level: Level | null;
  readonly departments: readonly {
    readonly departmentId: string;
    readonly role: 'lead' | 'assisting';
    readonly reportBy: string;
    readonly reported: boolean;
    readonly withdrawn: boolean;
  }[];
}

export interface CaseState {
  readonly caseId: string;
  readonly kind: 'dispute' | 'issue';
  readonly status: CaseStatus;
  readonly place: CasePlace;
  readonly riskLevel: RiskLevel;
  readonly level: Level;
  readonly departmentId: string | null;
  readonly openedAtLevel: Level;
  readonly deadline: {
    readonly level: Level;
    readonly due: string;
    readonly original: string;
  } | null;
  readonly dispatcherIds: readonly string[];
  readonly handlerIds: readonly string[];
  readonly mediatorIds: readonly string[];
  readonly summonses: readonly CaseSummons[];
  readonly missedDeadlines: readonly { readonly level: Level; readonly deadline: string }[];
  readonly failedMediationLevels: readonly Level[];
  readonly resolutionCount: number;
  readonly returnCount: number;
  readonly reopenCount: number;
  readonly assignment?: CaseAssignment | null;
  readonly resolution?: {
    readonly number: number;
    readonly level: Level;
    readonly outcome: ResolutionOutcome;
    readonly resolverId: string;
    readonly resolvedAt: string | null;
  };
  readonly verified?: boolean;
  readonly returnVisits?: readonly {
    readonly rating: ReturnVisitRating;
    readonly visitorId: string;
  }[];
  readonly basis?: ClosureBasis;
}

/** A case with the revision its `ETag` names: the `If-Match` of the next command. */
export interface CaseSnapshot {
  readonly caseId: string;
  readonly revision: string;
  readonly state: CaseState;
}

/** One entry of `GET /api/cases/:id/history`: a case event, or a reveal from an access log. */
export type CaseHistoryEntry = (CaseEvent | AccessEvent) & {
  readonly stream: string;
  /** Null for reveals: they live on the revealer's access log, not the case. */
  readonly revision: string | null;
  readonly position: string;
  readonly metadata: EventMetadata;
};

export interface CaseHistory {
  readonly caseId: string;
  readonly revision: string;
  readonly events: readonly CaseHistoryEntry[];
}

/** What every command answers with (200 or 201). */
/** What every case command answers (docs/api.md): the case, its revision and position. */
export interface CommandAnswer {
  readonly id: string;
  readonly streamName: string;
  readonly revision: string;
  readonly position: string | null;
  readonly events: readonly { readonly type: string; readonly data: unknown }[];
  readonly state: CaseState;
}
