const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** How long is left until a deadline, or how long it was missed by, in whole units. */
export interface TimeLeft {
  readonly overdue: boolean;
  readonly days: number;
  readonly hours: number;
  readonly minutes: number;
}

export function timeLeft(deadline: string, now: Date): TimeLeft {
  const left = new Date(deadline).getTime() - now.getTime();
  const span = Math.abs(left);
  return {
    overdue: left < 0,
    days: Math.floor(span / day),
    hours: Math.floor((span % day) / hour),
    minutes: Math.floor((span % hour) / minute),
  };
}

/** The two largest units worth saying: "2 days 3 hours", "4 hours 10 minutes", "25 minutes". */
export const timeLeftParts = ({ days, hours, minutes }: TimeLeft) =>
  days > 0 ? { days, hours } : hours > 0 ? { hours, minutes } : { minutes };
