import type {
  CommunityEstablished,
  DepartmentEstablished,
  GridBuilding,
  OrganisationEvent,
  Scope,
  StaffAssigned,
  StaffRole,
  StaffUnassigned,
  StreetEstablished,
} from '@gridline/events';

// The district as the organisation events describe it: every place, department and staff
// assignment, with assignment history so auditors can ask who held what on any day.
// Folded from all `org-` streams together, since commands check across them (a
// community's street, a building's grid).

/** An organisation event with the server's clock reading for it. */
export interface RecordedOrganisationEvent {
  readonly event: OrganisationEvent;
  // The server clock, not the client's occurredAt: an assignment takes effect when the
  // store accepts it, and an auditor must be able to trust the day it shows.
  readonly recordedAt: Date;
}

export interface GridEntry {
  readonly gridId: string;
  readonly communityId: string;
  readonly name: string;
  /** In the order they were registered. */
  readonly buildings: readonly GridBuilding[];
}

/** One spell of a person holding a role in a scope. */
export interface StaffAssignment {
  readonly personId: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly scope: Scope;
  readonly from: Date;
  /** When the spell ended; absent while it is held. */
  readonly until?: Date;
}

export interface OrganisationDirectory {
  readonly streets: ReadonlyMap<string, StreetEstablished>;
  readonly communities: ReadonlyMap<string, CommunityEstablished>;
  readonly grids: ReadonlyMap<string, GridEntry>;
  readonly departments: ReadonlyMap<string, DepartmentEstablished>;
  /** Building id → grid id; building ids are unique across the district. */
  readonly gridOfBuilding: ReadonlyMap<string, string>;
  /** Community id → its grid ids, in the order they were established. */
  readonly gridsOfCommunity: ReadonlyMap<string, readonly string[]>;
  /** Person id → every assignment spell, oldest first. */
  readonly assignments: ReadonlyMap<string, readonly StaffAssignment[]>;
}

export const emptyDirectory: OrganisationDirectory = {
  streets: new Map(),
  communities: new Map(),
  grids: new Map(),
  departments: new Map(),
  gridOfBuilding: new Map(),
  gridsOfCommunity: new Map(),
  assignments: new Map(),
};

// A directory under construction: fresh maps that apply() may fill.
interface Draft extends OrganisationDirectory {
  readonly streets: Map<string, StreetEstablished>;
  readonly communities: Map<string, CommunityEstablished>;
  readonly grids: Map<string, GridEntry>;
  readonly departments: Map<string, DepartmentEstablished>;
  readonly gridOfBuilding: Map<string, string>;
  readonly gridsOfCommunity: Map<string, readonly string[]>;
  readonly assignments: Map<string, readonly StaffAssignment[]>;
}

/**
 * Folds a batch of events onto a directory and returns a new one; `start` is not changed.
 * The maps are copied once per batch, so fold a whole history in one call rather than
 * one event at a time.
 */
export function foldDirectory(
  history: Iterable<RecordedOrganisationEvent>,
  start: OrganisationDirectory = emptyDirectory,
): OrganisationDirectory {
  const draft: Draft = {
    streets: new Map(start.streets),
    communities: new Map(start.communities),
    grids: new Map(start.grids),
    departments: new Map(start.departments),
    gridOfBuilding: new Map(start.gridOfBuilding),
    gridsOfCommunity: new Map(start.gridsOfCommunity),
    assignments: new Map(start.assignments),
  };
  for (const recorded of history) apply(draft, recorded);
  return draft;
}

/**
 * A directory its one owner grows in place, event by event: for building a large district
 * one command at a time (the benchmark generator), where a copy of every map per event
 * would make establishing it quadratic. Nobody else may hold on to `directory` expecting
 * it to stay as it was.
 */
export function growingDirectory(): {
  readonly directory: OrganisationDirectory;
  fold(history: Iterable<RecordedOrganisationEvent>): void;
} {
  const draft = foldDirectory([]) as Draft;
  return {
    directory: draft,
    fold: (history) => {
      for (const recorded of history) apply(draft, recorded);
    },
  };
}

/** The directory after one more event. */
export function evolveDirectory(
  directory: OrganisationDirectory,
  recorded: RecordedOrganisationEvent,
): OrganisationDirectory {
  return foldDirectory([recorded], directory);
}

// Replaces map entries but never changes a value in place: values are shared with the
// directory the draft was copied from. A second establishment of an id is ignored (the
// first one stands), which the command side prevents by starting each stream once.
function apply(draft: Draft, { event, recordedAt }: RecordedOrganisationEvent): void {
  switch (event.type) {
    case 'StreetEstablished':
      if (!draft.streets.has(event.data.streetId)) {
        draft.streets.set(event.data.streetId, event.data);
      }
      return;
    case 'CommunityEstablished':
      if (!draft.communities.has(event.data.communityId)) {
        draft.communities.set(event.data.communityId, event.data);
      }
      return;
    case 'GridEstablished': {
      const { gridId, communityId, name } = event.data;
      if (draft.grids.has(gridId)) return;
      draft.grids.set(gridId, { gridId, communityId, name, buildings: [] });
      draft.gridsOfCommunity.set(communityId, [
        ...(draft.gridsOfCommunity.get(communityId) ?? []),
        gridId,
      ]);
      for (const building of event.data.buildings) addBuilding(draft, gridId, building);
      return;
    }
    case 'BuildingRegistered':
      addBuilding(draft, event.data.gridId, event.data.building);
      return;
    case 'DepartmentEstablished':
      if (!draft.departments.has(event.data.departmentId)) {
        draft.departments.set(event.data.departmentId, event.data);
      }
      return;
    case 'StaffAssigned':
      assign(draft, event.data, recordedAt);
      return;
    case 'StaffUnassigned':
      unassign(draft, event.data, recordedAt);
      return;
    default:
      return event satisfies never;
  }
}

function addBuilding(draft: Draft, gridId: string, building: GridBuilding): void {
  const grid = draft.grids.get(gridId);
  if (!grid || draft.gridOfBuilding.has(building.buildingId)) return;
  draft.grids.set(gridId, { ...grid, buildings: [...grid.buildings, building] });
  draft.gridOfBuilding.set(building.buildingId, gridId);
}

export const sameScope = (a: Scope, b: Scope): boolean => a.kind === b.kind && a.id === b.id;

const isOpenSpell =
  (role: StaffRole, scope: Scope) =>
  (spell: StaffAssignment): boolean =>
    spell.until === undefined && spell.role === role && sameScope(spell.scope, scope);

function assign(draft: Draft, data: StaffAssigned, at: Date): void {
  const spells = draft.assignments.get(data.personId) ?? [];
  // Assigning a role the person already holds there changes nothing: the spell continues.
  if (spells.some(isOpenSpell(data.role, data.scope))) return;
  const { personId, displayName, role, scope } = data;
  draft.assignments.set(personId, [...spells, { personId, displayName, role, scope, from: at }]);
}

function unassign(draft: Draft, data: StaffUnassigned, at: Date): void {
  const spells = draft.assignments.get(data.personId);
  if (!spells) return;
  const ending = isOpenSpell(data.role, data.scope);
  draft.assignments.set(
    data.personId,
    spells.map((spell) => (ending(spell) ? { ...spell, until: at } : spell)),
  );
}
