import type {
  CaseCommand,
  CaseCommandPayload,
  CaseCommandType,
} from '../../domain/case/caseCommands.ts';
import { DomainError } from '../../domain/domainError.ts';
import { currentAssignments, placeOfGrid } from '../../domain/organisation/directoryQueries.ts';
import type { OrganisationDirectory } from '../../domain/organisation/organisationDirectory.ts';

/**
 * What a case command needs from outside its stream, looked up here so the decider stays
 * pure: the assignee's roles, which departments exist, a generated summons id — and, for
 * a new case, that its place is a real grid of the district.
 */
export const withExtras = <Type extends CaseCommandType>(
  type: Type,
  base: {
    caseId: string;
    payload: CaseCommandPayload<Type>;
    actor: CaseCommand['actor'];
    now: Date;
    occurredAt: Date;
  },
  directory: OrganisationDirectory,
  newId: (purpose: string) => string,
): CaseCommand => {
  const payload = base.payload as Record<string, unknown>;
  const known = (ids: readonly unknown[]): string[] =>
    ids.filter((id): id is string => typeof id === 'string' && directory.departments.has(id));
  switch (type) {
    case 'LogDispute':
    case 'ReportIssue':
      checkPlace(payload['place'] as PlaceInput, directory);
      break;
    case 'AssignCase':
      return {
        ...base,
        type,
        assigneeAssignments: currentAssignments(directory, String(payload['assigneeId'])).map(
          ({ personId, role, scope }) => ({ personId, role, scope }),
        ),
      } as CaseCommand;
    case 'EscalateCase':
      return {
        ...base,
        type,
        existingDepartmentIds: known([payload['departmentId']]),
      } as CaseCommand;
    case 'SummonDepartments':
      return {
        ...base,
        type,
        // Per case: a key reused on another case must not repeat a summons id.
        summonsId: newId(`summons\n${base.caseId}`),
        existingDepartmentIds: known([
          payload['leadDepartmentId'],
          ...((payload['assistingDepartmentIds'] as unknown[] | undefined) ?? []),
        ]),
      } as CaseCommand;
  }
  return { ...base, type } as CaseCommand;
};

interface PlaceInput {
  streetId: string;
  communityId: string;
  gridId: string;
  buildingId?: string;
}

const checkPlace = (place: PlaceInput, directory: OrganisationDirectory): void => {
  const grid = placeOfGrid(directory, place.gridId);
  if (!grid)
    throw new DomainError('invalid', `place.gridId: no grid ${place.gridId} in the district`);
  if (grid.communityId !== place.communityId || grid.streetId !== place.streetId) {
    throw new DomainError(
      'invalid',
      `place: grid ${place.gridId} lies in community ${grid.communityId} of street ${grid.streetId}`,
    );
  }
  if (place.buildingId && directory.gridOfBuilding.get(place.buildingId) !== place.gridId) {
    throw new DomainError(
      'invalid',
      `place.buildingId: no building ${place.buildingId} in grid ${place.gridId}`,
    );
  }
};
