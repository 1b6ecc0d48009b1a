// URLs are built here, never pasted together where they are used.

export const casePath = (caseId: string, step?: string): string =>
  `/api/cases/${encodeURIComponent(caseId)}${step ? `/${step}` : ''}`;

/** The console's own page for a case. */
export const casePagePath = (caseId: string): string => `/cases/${encodeURIComponent(caseId)}`;
