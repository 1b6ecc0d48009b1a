import type { CaseBoardItem } from '@gridline/projections';

const openStatuses = new Set(['awaiting_dispatch', 'assigned', 'in_progress']);
const dayMs = 86_400_000;

/** The queue's headline counts: where the open cases are, what arrived lately, what is late. */
export interface EscalationCounts {
  readonly atStreet: number;
  readonly atDepartment: number;
  readonly escalatedLastDay: number;
  readonly overdue: number;
}

export function escalationCounts(items: readonly CaseBoardItem[], now: Date): EscalationCounts {
  const open = items.filter((item) => openStatuses.has(item.status));
  return {
    atStreet: open.filter((item) => item.level === 'street').length,
    atDepartment: open.filter((item) => item.level === 'department').length,
    escalatedLastDay: items.filter(
      (item) =>
        item.escalatedAt !== null && now.getTime() - new Date(item.escalatedAt).getTime() <= dayMs,
    ).length,
    overdue: open.filter((item) => item.overdue).length,
  };
}

/** Open cases first, overdue first among them, then by deadline; settled ones last. */
export function queueOrder(items: readonly CaseBoardItem[]): CaseBoardItem[] {
  const rank = (item: CaseBoardItem) =>
    openStatuses.has(item.status) ? (item.overdue ? 0 : 1) : 2;
  const due = (item: CaseBoardItem) =>
    item.deadline === null ? Number.POSITIVE_INFINITY : new Date(item.deadline).getTime();
  return [...items].sort((a, b) => rank(a) - rank(b) || due(a) - due(b));
}
