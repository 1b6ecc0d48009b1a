// A worker's patrol of grid 03 and what it records, for the inspection tests.
import type { Actor, InspectionRecorded, OrganisationEvent } from '@gridline/events';
import { decisionSpec } from '../organisation/decisionSpec.ts';
import {
  directoryOf,
  gridScope,
  gridStaff,
  ids,
  places,
} from '../organisation/organisationExamples.ts';
import { decideInspection } from './decideInspection.ts';
import {
  initialInspectionState,
  type InspectionState,
  type RecordInspection,
  type RecordInspectionPayload,
} from './recordInspection.ts';

export interface Given {
  readonly organisation: readonly OrganisationEvent[];
  readonly inspection?: InspectionState;
}
export const { given } = decisionSpec(
  (command: RecordInspection, { organisation, inspection }: Given) =>
    decideInspection(command, inspection ?? initialInspectionState, {
      directory: directoryOf(organisation),
    }),
);
export const district = { organisation: [...places, ...gridStaff] };

export const worker: Actor = { personId: ids.gridWorker, role: 'grid_worker', scope: gridScope };
export const leader: Actor = { personId: ids.gridLeader, role: 'grid_leader', scope: gridScope };
export const now = new Date('2024-06-03T12:00:00+08:00');

export const patrol: RecordInspectionPayload = {
  inspectionId: ids.inspection,
  gridId: ids.grid,
  inspectorId: ids.gridWorker,
  startedAt: '2024-06-03T08:30:00+08:00',
  endedAt: '2024-06-03T11:10:00+08:00',
  buildingsVisited: [
    { buildingId: ids.building, householdsVisited: 6 },
    { buildingId: ids.otherBuilding, householdsVisited: 0 },
  ],
  welfareChecks: [{ buildingId: ids.building, residentName: '周大爷', status: 'well' }],
  findings: [
    {
      findingId: 'F-1',
      category: 'hazard',
      title: '楼道内电动车充电',
      buildingId: ids.building,
      caseId: ids.case,
      riskLevel: 'high',
    },
    { findingId: 'F-2', category: 'environment', title: '垃圾桶满溢' },
  ],
  note: '天气晴。',
};
export const record = (
  changes: Partial<RecordInspectionPayload> = {},
  by: Actor = worker,
): RecordInspection => ({
  type: 'RecordInspection',
  data: { ...patrol, ...changes },
  actor: by,
  now,
});

export const recorded: InspectionRecorded = {
  inspectionId: ids.inspection,
  place: { streetId: ids.street, communityId: ids.community, gridId: ids.grid },
  inspectorId: ids.gridWorker,
  startedAt: patrol.startedAt,
  endedAt: patrol.endedAt,
  buildingsVisited: patrol.buildingsVisited,
  welfareChecks: patrol.welfareChecks,
  findings: [
    {
      findingId: 'F-1',
      category: 'hazard',
      title: '楼道内电动车充电',
      buildingId: ids.building,
      caseId: ids.case,
    },
    { findingId: 'F-2', category: 'environment', title: '垃圾桶满溢' },
  ],
  note: '天气晴。',
};
