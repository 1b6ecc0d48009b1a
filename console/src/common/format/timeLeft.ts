/** How a deadline stands now: how long overdue, due today, or how long is left. */
export type DeadlineStanding =
  | { readonly kind: 'none' }
  | { readonly kind: 'overdue'; readonly days: number; readonly hours: number }
  | { readonly kind: 'dueToday'; readonly hours: number }
  | { readonly kind: 'dueIn'; readonly days: number };

const hour = 3_600_000;
const day = 24 * hour;

const sameLocalDay = (a: Date, b: Date): boolean =>
  a.getFullYear() === b.getFullYear() &&
  a.getMonth() === b.getMonth() &&
  a.getDate() === b.getDate();

export function deadlineStanding(
  deadline: string | null,
  now: Date,
  overdue?: boolean,
): DeadlineStanding {
  if (!deadline) return { kind: 'none' };
  const due = new Date(deadline);
  const left = due.getTime() - now.getTime();
  if (left < 0 || overdue) {
    const late = Math.max(0, -left);
    return {
      kind: 'overdue',
      days: Math.floor(late / day),
      hours: Math.floor((late % day) / hour),
    };
  }
  if (sameLocalDay(due, now) || left < hour * 12)
    return { kind: 'dueToday', hours: Math.floor(left / hour) };
  return { kind: 'dueIn', days: Math.ceil(left / day) };
}
