import * as z from 'zod';
import {
  figureNames,
  figureSources,
  isFigureName,
  type FigureName,
  type FigureScope,
  type FigureSource,
} from '@gridline/projections';
import { isCivilDate } from '../domain/deadlines/civilTime.ts';
import { daysBefore, daysIn, type DateWindow } from '../application/figures/figureWindows.ts';
import { badRequest } from './problems.ts';

// The query string of GET /api/figures and GET /api/audit/figures: what is asked for and
// over which days. Each wrong parameter is refused by name with what it should have been.

/** The longest window one request may ask for: a year, leap day included. */
export const maxWindowDays = 366;
/** Without dates: the 30 days up to and including today. */
const defaultDays = 30;

const scopePattern = /^(street|community|grid):([A-Za-z0-9_:-]{1,64})$/;

const scopeParam = z
  .string()
  .transform((text, context): FigureScope => {
    if (text === 'district') return { kind: 'district' };
    const match = scopePattern.exec(text);
    if (!match) {
      context.addIssue({
        code: 'custom',
        message: `"${text.slice(0, 80)}" is not district, street:<id>, community:<id> or grid:<id>`,
      });
      return z.NEVER;
    }
    return { kind: match[1] as 'street', id: match[2]! };
  })
  .describe('district, street:<id>, community:<id> or grid:<id>; default: your own');

const dateParam = z.string().refine(isCivilDate, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a date as YYYY-MM-DD`,
});

const sourceParam = z
  .enum(['patrol', ...figureSources])
  .transform((source): FigureSource => (source === 'patrol' ? 'inspection' : source))
  .describe(
    'patrol (also: inspection), resident, hotline, meeting or referral; default: every source',
  );

const figuresParam = z
  .string()
  .transform((text, context): FigureName[] => {
    const names = text.split(',').map((name) => name.trim());
    const unknown = names.filter((name) => !isFigureName(name));
    if (unknown.length > 0) {
      context.addIssue({
        code: 'custom',
        message: `unknown figure${unknown.length > 1 ? 's' : ''} ${unknown.map((n) => `"${n.slice(0, 40)}"`).join(', ')} (known: ${figureNames.join(', ')})`,
      });
      return z.NEVER;
    }
    return [...new Set(names)] as FigureName[];
  })
  .describe(`Comma-separated; default: all of ${figureNames.join(', ')}`);

/** The parameters every figures request takes. */
export const figuresQueryShape = {
  scope: scopeParam.optional(),
  from: dateParam.optional().describe('First day, YYYY-MM-DD; default: 29 days before `to`'),
  to: dateParam.optional().describe('Last day, YYYY-MM-DD, included; default: today'),
  source: sourceParam.optional(),
  granularity: z.enum(['week']).optional().describe('week: also give the figures week by week'),
  figures: figuresParam.optional(),
};

export interface FiguresRequest {
  readonly scope: FigureScope | undefined;
  readonly dates: DateWindow;
  readonly source: FigureSource | null;
  readonly figures: readonly FigureName[] | undefined;
  readonly weekly: boolean;
}

/** The dates asked for, with the defaults filled in; a backwards or overlong window is refused. */
export const windowDates = (
  from: string | undefined,
  to: string | undefined,
  today: string,
): DateWindow => {
  const last = to ?? today;
  const dates = { from: from ?? daysBefore(last, defaultDays - 1), to: last };
  if (dates.to < dates.from) {
    throw badRequest(`to: the window ends on ${dates.to}, before it starts on ${dates.from}.`);
  }
  if (daysIn(dates) > maxWindowDays) {
    throw badRequest(
      `from, to: the window spans ${daysIn(dates)} days; ask for at most ${maxWindowDays} at a time.`,
    );
  }
  return dates;
};

export const figuresRequestOf = (
  query: { [Key in keyof typeof figuresQueryShape]?: z.output<(typeof figuresQueryShape)[Key]> },
  today: string,
): FiguresRequest => ({
  scope: query.scope,
  dates: windowDates(query.from, query.to, today),
  source: query.source ?? null,
  figures: query.figures,
  weekly: query.granularity === 'week',
});
