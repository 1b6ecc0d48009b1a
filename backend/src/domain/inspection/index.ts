// Inspections (巡查/走访): recording a patrol, and the cases its findings open.

export * from './recordInspection.ts';
export { decideInspection, type InspectionContext } from './decideInspection.ts';
export {
  casesOpenedBy,
  issueReportedFromFinding,
  opensCase,
  type CaseOpeningFinding,
} from './casesFromFindings.ts';
