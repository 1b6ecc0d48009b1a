// The audit pages' own addresses.

export const auditLogPath = '/audit';
export const auditFiguresPath = '/audit/figures';
export const auditCasePath = (caseId: string): string =>
  `/audit/cases/${encodeURIComponent(caseId)}`;
export const auditCaseFilePath = (caseId: string): string => `${auditCasePath(caseId)}/file`;

/** The case a stream belongs to (`case-<id>`), or null for any other stream. */
export const caseIdOfStream = (stream: string): string | null =>
  stream.startsWith('case-') ? stream.slice('case-'.length) : null;
