import { describe, expect, it } from 'vitest';
import { issueReportedSchema, type InspectionRecorded } from '@gridline/events';
import { sampleEventData, sampleIds as ids } from '@gridline/events/fixtures/sampleEvents.ts';
import { admin } from '../organisation/organisationExamples.ts';
import { casesOpenedBy, issueReportedFromFinding } from './casesFromFindings.ts';
import type { RecordInspection } from './recordInspection.ts';

const inspection: InspectionRecorded = {
  ...sampleEventData.InspectionRecorded,
  findings: [
    {
      findingId: 'F-1',
      category: 'hazard',
      title: '楼道内电动车充电',
      buildingId: ids.building,
      caseId: 'C-1',
    },
    { findingId: 'F-2', category: 'environment', title: '垃圾桶满溢' },
    {
      findingId: 'F-3',
      category: 'facility',
      title: '井盖破损',
      description: '东门井盖松动。',
      caseId: 'C-2',
    },
  ],
};
const place = { streetId: ids.street, communityId: ids.community, gridId: ids.grid };

const command: RecordInspection = {
  type: 'RecordInspection',
  actor: admin,
  now: new Date('2024-06-03T12:00:00+08:00'),
  data: {
    ...sampleEventData.InspectionRecorded,
    gridId: ids.grid,
    findings: [
      { ...inspection.findings[0]!, riskLevel: 'high' },
      inspection.findings[1]!,
      { ...inspection.findings[2]!, riskLevel: 'critical' },
    ],
  },
};

// A stand-in for the deadline policy: the grid's deadline, named after the risk it was given.
const gridDeadline = (riskLevel: string) =>
  ({ low: '2026-06-04T15:59:59.999Z', high: '2026-06-03T15:59:59.999Z' })[riskLevel] ??
  '2026-06-02T01:00:00.000Z';

describe('A finding that opens a case', () => {
  it('becomes an IssueReported from the inspection, at the grid and the finding’s building', () => {
    const finding = {
      findingId: 'F-1',
      category: 'hazard',
      title: '楼道内电动车充电',
      buildingId: ids.building,
      caseId: 'C-1',
    } as const;
    const issue = issueReportedFromFinding(inspection, finding, 'high', gridDeadline);
    expect(issue).toEqual({
      caseId: 'C-1',
      place: { ...place, buildingId: ids.building },
      riskLevel: 'high',
      title: '楼道内电动车充电',
      description: '楼道内电动车充电',
      category: 'hazard',
      source: 'inspection',
      inspectionId: ids.inspection,
      level: 'grid',
      deadline: '2026-06-03T15:59:59.999Z',
    });
    expect(issueReportedSchema.safeParse(issue).success).toBe(true);
  });

  it('keeps the finding’s description and stays at the grid when no building is named', () => {
    const finding = {
      findingId: 'F-3',
      category: 'facility',
      title: '井盖破损',
      description: '东门井盖松动。',
      caseId: 'C-2',
    } as const;
    const issue = issueReportedFromFinding(inspection, finding, 'low', gridDeadline);
    expect(issue.place).toEqual(place);
    expect(issue.description).toBe('东门井盖松动。');
  });
});

describe('The cases an inspection opens', () => {
  it('are one per finding with a case id, with the risk level the inspector gave', () => {
    const issues = casesOpenedBy(command, inspection, gridDeadline);
    expect(
      issues.map(({ caseId, riskLevel, deadline }) => ({ caseId, riskLevel, deadline })),
    ).toEqual([
      { caseId: 'C-1', riskLevel: 'high', deadline: '2026-06-03T15:59:59.999Z' },
      { caseId: 'C-2', riskLevel: 'critical', deadline: '2026-06-02T01:00:00.000Z' },
    ]);
  });

  it('are none when no finding has a case id', () => {
    const withoutCase = { ...inspection, findings: [inspection.findings[1]!] };
    expect(casesOpenedBy(command, withoutCase, gridDeadline)).toEqual([]);
  });
});
