import type {
  Actor,
  GridBuilding,
  GridPlace,
  InspectionEvent,
  InspectionRecorded,
} from '@gridline/events';
import { DomainError } from '../domainError.ts';
import { buildingsOf, placeOfGrid, staffOn } from '../organisation/directoryQueries.ts';
import type { OrganisationDirectory } from '../organisation/organisationDirectory.ts';
import type {
  InspectionState,
  RecordInspection,
  RecordInspectionPayload,
} from './recordInspection.ts';

export interface InspectionContext {
  readonly directory: OrganisationDirectory;
}

const invalid = (message: string) => new DomainError('invalid', message);

/** The InspectionRecorded event for a patrol, or a DomainError. Pure. */
export function decideInspection(
  command: RecordInspection,
  state: InspectionState,
  { directory }: InspectionContext,
): InspectionEvent[] {
  const { data, actor, now } = command;
  refuseUnlessMayRecord(actor, data);
  if (state.status === 'recorded') {
    throw new DomainError(
      'illegal_state',
      `The inspection "${data.inspectionId}" is already recorded.`,
    );
  }
  const place = placeOfGrid(directory, data.gridId);
  if (!place) throw invalid(`There is no grid "${data.gridId}".`);
  checkTimes(data, now);
  checkInspector(data, directory);
  checkBuildings(data, new Map(buildingsOf(directory, data.gridId).map((b) => [b.buildingId, b])));
  checkFindings(data);
  return [{ type: 'InspectionRecorded', data: inspectionRecorded(data, place) }];
}

// Grid staff record patrols of their own grid; a worker only their own, while a leader
// may enter a patrol for a worker of the grid (e.g. from a paper log). Admins fix records.
function refuseUnlessMayRecord(actor: Actor, data: RecordInspectionPayload): void {
  if (actor.role === 'admin') return;
  const gridStaff = actor.role === 'grid_worker' || actor.role === 'grid_leader';
  if (!gridStaff || actor.scope.kind !== 'grid' || actor.scope.id !== data.gridId) {
    throw new DomainError(
      'forbidden',
      `Only staff of grid "${data.gridId}" may record its inspections.`,
    );
  }
  if (actor.role === 'grid_worker' && data.inspectorId !== actor.personId) {
    throw new DomainError('forbidden', 'A grid worker records only their own inspections.');
  }
}

function checkTimes({ startedAt, endedAt }: RecordInspectionPayload, now: Date): void {
  const started = new Date(startedAt);
  const ended = new Date(endedAt);
  if (!(ended > started)) throw invalid('An inspection must end after it starts.');
  if (ended > now) throw invalid('An inspection cannot end in the future.');
}

// The patrol counts towards the inspector's figures for this grid, so the directory must
// show them holding it when the patrol started.
function checkInspector(
  { inspectorId, gridId, startedAt }: RecordInspectionPayload,
  directory: OrganisationDirectory,
): void {
  const heldGrid = staffOn(directory, inspectorId, new Date(startedAt)).some(
    ({ role, scope }) =>
      (role === 'grid_worker' || role === 'grid_leader') &&
      scope.kind === 'grid' &&
      scope.id === gridId,
  );
  if (!heldGrid)
    throw invalid(`"${inspectorId}" did not work grid "${gridId}" when the inspection started.`);
}

function checkBuildings(
  data: RecordInspectionPayload,
  buildings: ReadonlyMap<string, GridBuilding>,
): void {
  const inGrid = (buildingId: string): GridBuilding => {
    const building = buildings.get(buildingId);
    if (!building) throw invalid(`The building "${buildingId}" is not in grid "${data.gridId}".`);
    return building;
  };
  const visited = new Set<string>();
  for (const { buildingId, householdsVisited } of data.buildingsVisited) {
    if (visited.has(buildingId)) throw invalid(`The building "${buildingId}" is listed twice.`);
    visited.add(buildingId);
    if (householdsVisited > inGrid(buildingId).households) {
      throw invalid(`More households visited than building "${buildingId}" has.`);
    }
  }
  for (const { buildingId } of data.welfareChecks) inGrid(buildingId);
  for (const { buildingId } of data.findings) if (buildingId !== undefined) inGrid(buildingId);
}

function checkFindings({ findings }: RecordInspectionPayload): void {
  const ids = new Set<string>();
  const caseIds = new Set<string>();
  for (const { findingId, caseId, riskLevel } of findings) {
    if (ids.has(findingId)) throw invalid(`The finding "${findingId}" is listed twice.`);
    ids.add(findingId);
    if ((caseId === undefined) !== (riskLevel === undefined)) {
      throw invalid(
        `The finding "${findingId}" must give both a case id and a risk level, or neither.`,
      );
    }
    if (caseId === undefined) continue;
    if (caseIds.has(caseId)) throw invalid(`Two findings would open the case "${caseId}".`);
    caseIds.add(caseId);
  }
}

function inspectionRecorded(data: RecordInspectionPayload, place: GridPlace): InspectionRecorded {
  const { inspectionId, inspectorId, startedAt, endedAt, buildingsVisited, welfareChecks, note } =
    data;
  return {
    inspectionId,
    place,
    inspectorId,
    startedAt,
    endedAt,
    buildingsVisited: buildingsVisited.map((visit) => ({ ...visit })),
    welfareChecks: welfareChecks.map((check) => ({ ...check })),
    // The risk level belongs to the case a finding opens, not to the finding.
    findings: data.findings.map(({ riskLevel: _riskLevel, ...finding }) => finding),
    ...(note === undefined ? {} : { note }),
  };
}
