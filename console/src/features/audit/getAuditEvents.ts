import type { AuditLogPageResponse } from '@gridline/projections';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';

/** The log browser's filters, as GET /api/audit/events takes them. */
export interface AuditLogFilters {
  readonly type?: string | undefined;
  readonly actor?: string | undefined;
  readonly stream?: string | undefined;
  readonly streamPrefix?: string | undefined;
  readonly recordedFrom?: string | undefined;
  readonly recordedTo?: string | undefined;
  readonly fromPosition?: string | undefined;
  readonly newestFirst?: boolean | undefined;
}

/** GET /api/audit/events — one page of the log; the next page starts from `cursor`. */
export const getAuditEvents = async (
  filters: AuditLogFilters,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<AuditLogPageResponse> => {
  const { newestFirst, fromPosition, ...rest } = filters;
  const path = apiPath('/api/audit/events', {
    ...rest,
    // A cursor already says where to go on from; the start applies to the first page only.
    ...(cursor ? { cursor } : { fromPosition }),
    sort: newestFirst ? '-position' : undefined,
    limit: 200,
  });
  return (await apiRequest<AuditLogPageResponse>(path, { signal })).body;
};
