// The console's own routes; pages link with these, never with pasted strings.
export const consolePaths = {
  signIn: '/sign-in',
  myPatch: '/patch',
  caseBoard: '/cases',
  case: '/cases/:caseId',
  figures: '/figures',
  figuresWeeklySweep: '/figures/print/weekly',
  figuresMonthlyAnalysis: '/figures/print/monthly',
  audit: '/audit',
  auditCase: '/audit/cases/:caseId',
  auditCaseFile: '/audit/cases/:caseId/file',
  auditFigures: '/audit/figures',
  escalations: '/escalations',
  departments: '/departments',
  meetings: '/meetings',
} as const;
