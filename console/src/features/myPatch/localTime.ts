// <input type="datetime-local"> speaks the wall clock without a zone ("2026-11-29T14:05");
// the API speaks instants. These convert between the two in the browser's own zone.

const pad = (n: number): string => String(n).padStart(2, '0');

export const toLocalInput = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(
    date.getHours(),
  )}:${pad(date.getMinutes())}`;

/** The instant a datetime-local value names, or null if it names none. */
export const fromLocalInput = (value: string | undefined): Date | null => {
  if (!value || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
};
