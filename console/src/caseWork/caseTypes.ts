import type {
  CaseCommandResponse,
  CaseHistoryResponse,
  CaseHistoryResponseEntry,
  CaseState as ContractCaseState,
  CaseView,
} from '@gridline/projections';

// The case as the API answers it: every type here is the API contract's
// (projections/src/apiContract), the same zod schemas the server answers with, renamed to
// the words the console uses. Nothing is declared twice.

type KeysOfAny<Union> = Union extends unknown ? keyof Union : never;
type ValueOf<Union, Key> = Union extends unknown
  ? Key extends keyof Union
    ? Union[Key]
    : never
  : never;
type CommonKeys<Union> = keyof Union & string;

/**
 * The contract's union of statuses seen as one object: what every status has, and (as
 * optional) what only some have, so `state.assignment` reads "the assignment, if any".
 */
type AnyStatus<Union> = {
  readonly [Key in CommonKeys<Union>]: ValueOf<Union, Key>;
} & {
  readonly [Key in Exclude<KeysOfAny<Union>, CommonKeys<Union>>]?: ValueOf<Union, Key>;
};

/** Where a case stands (`state` of `GET /api/cases/:id` and of every case command). */
export type CaseState = AnyStatus<ContractCaseState>;

export type CaseStatus = CaseState['status'];

/** Who holds a case that someone holds. */
export type CaseAssignment = NonNullable<Extract<CaseState, { status: 'assigned' }>['assignment']>;

/** A summons (吹哨) of one or more departments. */
export type CaseSummons = CaseState['summonses'][number];

/** A case with the revision its `ETag` names: the `If-Match` of the next command. */
export type CaseSnapshot = Omit<CaseView, 'state'> & { readonly state: CaseState };

/** One entry of `GET /api/cases/:id/history`: a case event, or a reveal from an access log. */
export type CaseHistoryEntry = CaseHistoryResponseEntry;

export type CaseHistory = Omit<CaseHistoryResponse, 'events'> & {
  readonly events: readonly CaseHistoryEntry[];
};

/** What every case command answers (docs/api.md): the case, its revision and position. */
export type CommandAnswer = Omit<CaseCommandResponse, 'state'> & { readonly state: CaseState };
