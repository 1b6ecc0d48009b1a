import {
  figureReport,
  type FigureBook,
  type FigureName,
  type FigureScope,
} from '@gridline/projections';
import type { FigureClock } from '../application/figures/figureWindows.ts';
import { figuresShownTo, type FigureReader } from './figuresAccess.ts';
import type { FiguresRequest } from './figuresRequest.ts';

// The body of a figures answer, whichever computation counted them: the read model for
// GET /api/figures, the log for GET /api/audit/figures — so the two can be compared whole.

export interface FiguresAnswerInput {
  readonly book: FigureBook;
  readonly reader: FigureReader;
  readonly scope: FigureScope;
  readonly request: FiguresRequest;
  readonly figures: readonly FigureName[];
  readonly clock: FigureClock;
  /** The log position the figures were counted up to. */
  readonly position: string | null;
}

export const figuresAnswer = (input: FiguresAnswerInput) => {
  const { book, reader, scope, request, clock } = input;
  const whole = clock.instants(request.dates);
  const weeks = request.weekly ? clock.weeks(request.dates) : null;
  const report = figureReport(book, {
    scope,
    source: request.source,
    window: whole.window,
    figures: input.figures,
    weeks: weeks?.map((week) => week.window) ?? null,
  });
  return {
    scope,
    from: whole.from,
    to: whole.to,
    source: request.source === 'inspection' ? 'patrol' : request.source,
    position: input.position,
    figures: figuresShownTo(reader, report.figures),
    ...(weeks && {
      weeks: weeks.map(({ from, to }, index) => ({
        from,
        to,
        figures: figuresShownTo(reader, report.weeks?.[index]?.figures ?? {}),
      })),
    }),
  };
};
