import type { DepartmentResponse, SummonsItem } from '@gridline/projections';

/** Owed reports first (the late ones first), by report deadline; then the rest, newest first. */
export function summonsOrder(
  open: readonly SummonsItem[],
  recent: readonly SummonsItem[],
): SummonsItem[] {
  const key = (item: SummonsItem) => `${item.summonsId}/${item.departmentId}`;
  const owed = [...open].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || a.reportBy.localeCompare(b.reportBy),
  );
  const seen = new Set(owed.map(key));
  return [...owed, ...recent.filter((item) => !seen.has(key(item)))];
}

/** All departments together: owed, late, and reported on time ÷ (summoned − withdrawn). */
export function responseTotals(departments: readonly DepartmentResponse[]) {
  const sum = (pick: (d: DepartmentResponse) => number) =>
    departments.reduce((total, d) => total + pick(d), 0);
  const counted = sum((d) => d.summoned - d.withdrawn);
  const onTime = sum((d) => d.reportedOnTime);
  return {
    open: sum((d) => d.open),
    overdue: sum((d) => d.overdue),
    onTimeRate: counted === 0 ? null : onTime / counted,
  };
}
