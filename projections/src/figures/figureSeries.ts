import type { FigureName, FiguresQuery, FigureSlice, TimeWindow } from './figureRequest.ts';
import type { FigureBook, Figures } from './figureResults.ts';

// The figures asked for, over the whole window and, when asked, week by week. Shared by
// the read model and the recomputation, so both answer in the same shape.

export interface FigureReport {
  readonly figures: Figures;
  readonly weeks: readonly { readonly window: TimeWindow; readonly figures: Figures }[] | null;
}

const pick = (book: FigureBook, names: readonly FigureName[], slice: FigureSlice): Figures => {
  const figures: Record<string, unknown> = {};
  for (const name of names) figures[name] = book[name](slice);
  return figures as Figures;
};

export const figureReport = (book: FigureBook, query: FiguresQuery): FigureReport => ({
  figures: pick(book, query.figures, query),
  weeks:
    query.weeks?.map((window) => ({
      window,
      figures: pick(book, query.figures, { ...query, window }),
    })) ?? null,
});
