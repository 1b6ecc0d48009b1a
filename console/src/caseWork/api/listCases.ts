import type { CaseBoardItem } from '@gridline/projections';
import { apiPath, apiRequest } from '../../common/api/apiRequest.ts';

/** The case board's filters, as `GET /api/cases` takes them. */
export interface CaseBoardQuery {
  readonly grid?: string;
  readonly community?: string;
  readonly street?: string;
  readonly level?: 'grid' | 'community' | 'street' | 'department';
  readonly department?: string;
  readonly status?: 'awaiting_dispatch' | 'assigned' | 'in_progress' | 'resolved' | 'closed';
  readonly kind?: 'dispute' | 'issue';
  readonly open?: boolean;
  readonly overdue?: boolean;
  /** Open cases due within this many hours (overdue ones included). */
  readonly dueWithinHours?: number;
  /** Open cases at the street or a department, or escalated in the last N days. */
  readonly escalatedWithinDays?: number;
  readonly q?: string;
  readonly sort?: string;
  readonly limit?: number;
  readonly cursor?: string;
  /** A log position this read must include (read-your-writes after a command). */
  readonly after?: string;
}

export interface CaseBoardPage {
  readonly items: readonly CaseBoardItem[];
  readonly nextCursor: string | null;
}

/** GET /api/cases — one page of the case board, within the reader's scope. */
export const listCases = async (
  query: CaseBoardQuery,
  signal?: AbortSignal,
): Promise<CaseBoardPage> =>
  (await apiRequest<CaseBoardPage>(apiPath('/api/cases', { ...query }), { signal })).body;
