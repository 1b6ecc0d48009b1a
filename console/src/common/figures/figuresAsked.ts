import type { FiguresResponse } from '@gridline/projections';

/** The sources a figure may be filtered by, as the API spells them. */
export const figureSourceNames = ['patrol', 'resident', 'hotline', 'meeting', 'referral'] as const;
export type FigureSourceName = NonNullable<FiguresResponse['source']>;

/**
 * What a person asks the figures for: a place (`street:<id>`…; none means their own scope),
 * a window of whole days and a source. Kept in the page's address so a print view, a
 * bookmark or a colleague sees the same figures.
 */
export interface FiguresAsked {
  readonly scope?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly source?: FigureSourceName | undefined;
  readonly weekly?: boolean | undefined;
}

const isSource = (value: string | null): value is FigureSourceName =>
  (figureSourceNames as readonly (string | null)[]).includes(value);

const day = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the question from an address's search parameters; anything malformed is left out. */
export const figuresAskedFrom = (search: URLSearchParams): FiguresAsked => {
  const scope = search.get('scope');
  const from = search.get('from');
  const to = search.get('to');
  const source = search.get('source');
  return {
    ...(scope && /^(district|(street|community|grid):.+)$/.test(scope) && { scope }),
    ...(from && day.test(from) && { from }),
    ...(to && day.test(to) && { to }),
    ...(isSource(source) && { source }),
  };
};

/** The search parameters that say the same question back. */
export const figuresSearchOf = (asked: FiguresAsked): string => {
  const search = new URLSearchParams();
  for (const name of ['scope', 'from', 'to', 'source'] as const) {
    const value = asked[name];
    if (value) search.set(name, value);
  }
  return search.toString();
};

/** YYYY-MM-DD of a date in the browser's calendar (the deployment's, for its users). */
export const dayOf = (date: Date): string =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** The last whole week before the week of `today`, as a weekly sweep (每周一排查) covers. */
export const lastWholeWeek = (today: Date): { from: string; to: string } => {
  const weekAgo = new Date(today);
  weekAgo.setDate(today.getDate() - 7);
  return lastWeeks(weekAgo, 1);
};

/** The `weeks` whole weeks ending with the week of `today` (Monday to Sunday). */
export const lastWeeks = (today: Date, weeks: number): { from: string; to: string } => {
  const monday = new Date(today);
  monday.setDate(today.getDate() - ((today.getDay() + 6) % 7));
  const from = new Date(monday);
  from.setDate(monday.getDate() - 7 * (weeks - 1));
  const sunday = new Date(monday);
  sunday.setDate(monday.getDate() + 6);
  return { from: dayOf(from), to: dayOf(sunday) };
};
