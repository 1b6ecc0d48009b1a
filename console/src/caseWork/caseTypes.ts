import type { AccessEvent, CaseEvent, EventMetadata } from '@gridline/events';
import type { CaseStateBody } from '@gridline/projections';

// What `GET /api/cases/:id` answers under `state` is a union of shapes, one per status
// (`CaseStateBody` in the API contract). The console reads it as one shape: the members
// every status has, and those only some have as optional — so a view can ask
// `state.resolution?.resolverId` without first telling the statuses apart.

type MembersOfAny<Union> = Union extends unknown ? keyof Union : never;
type MemberOf<Union, Key extends PropertyKey> = Union extends unknown
  ? Key extends keyof Union
    ? Union[Key]
    : never
  : never;
type OneShape<Union> = { readonly [Key in keyof Union]: Union[Key] } & {
  readonly [Key in Exclude<MembersOfAny<Union>, keyof Union>]?: MemberOf<Union, Key>;
};

export type CaseState = OneShape<CaseStateBody>;
export type CaseStatus = CaseState['status'];
export type CaseSummons = CaseState['summonses'][number];
export type CaseAssignment = NonNullable<CaseState['assignment']>;

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
