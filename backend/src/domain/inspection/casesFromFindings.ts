import type {
  InspectionFinding,
  InspectionRecorded,
  IssueReported,
  RiskLevel,
} from '@gridline/events';
import type { RecordInspection } from './recordInspection.ts';

// Proactive discovery: a finding given a case id opens that case at the grid, its clock
// running from the moment the patrol was recorded. The application layer appends each
// IssueReported as the first event of `case-<caseId>`, with causationId set to the
// InspectionRecorded event's id, after the inspection itself is stored.

/** The grid deadline of a case of this risk opened now. */
export type GridDeadline = (riskLevel: RiskLevel) => string;

export type CaseOpeningFinding = InspectionFinding & { readonly caseId: string };

export const opensCase = (finding: InspectionFinding): finding is CaseOpeningFinding =>
  finding.caseId !== undefined;

/** The first event of the case a finding opens. */
export function issueReportedFromFinding(
  inspection: InspectionRecorded,
  finding: CaseOpeningFinding,
  riskLevel: RiskLevel,
  gridDeadline: GridDeadline,
): IssueReported {
  return {
    caseId: finding.caseId,
    place: {
      ...inspection.place,
      ...(finding.buildingId === undefined ? {} : { buildingId: finding.buildingId }),
    },
    riskLevel,
    title: finding.title,
    // A case needs a description; a finding noted in the field may have only its title.
    description: finding.description ?? finding.title,
    category: finding.category,
    source: 'inspection',
    inspectionId: inspection.inspectionId,
    level: 'grid',
    deadline: gridDeadline(riskLevel),
  };
}

/** Every case the recorded inspection opens, with the risk levels the command gave. */
export function casesOpenedBy(
  command: RecordInspection,
  inspection: InspectionRecorded,
  gridDeadline: GridDeadline,
): IssueReported[] {
  const riskLevels = new Map(command.data.findings.map((f) => [f.findingId, f.riskLevel]));
  return inspection.findings.filter(opensCase).flatMap((finding) => {
    const riskLevel = riskLevels.get(finding.findingId);
    return riskLevel
      ? [issueReportedFromFinding(inspection, finding, riskLevel, gridDeadline)]
      : [];
  });
}
