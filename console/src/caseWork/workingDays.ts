const day = 86_400_000;

/**
 * Whole weekdays (Monday to Friday) from `from` to `to`, not counting `from`'s own day. The
 * console does not know the deployment's public holidays or make-up days (调休): it uses
 * this only to decide whether to offer a step, which the server then judges exactly.
 */
export function workingDaysBetween(from: Date, to: Date): number {
  let count = 0;
  const cursor = new Date(from.getTime());
  cursor.setHours(0, 0, 0, 0);
  for (let next = cursor.getTime() + day; next <= to.getTime(); next += day) {
    const weekday = new Date(next).getDay();
    if (weekday !== 0 && weekday !== 6) count += 1;
  }
  return count;
}
