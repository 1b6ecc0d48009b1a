import { figuresSearchOf, type FiguresAsked } from '../../common/figures/figuresAsked.ts';

// The figures pages' own addresses, with the question they show.

export const figuresPagePath = '/figures';

export const weeklySweepPath = (asked: FiguresAsked, week: { from: string; to: string }) =>
  `/figures/print/weekly?${figuresSearchOf({ ...asked, ...week })}`;

export const monthlyAnalysisPath = (asked: FiguresAsked, month: string) =>
  `/figures/print/monthly?${figuresSearchOf({ scope: asked.scope, source: asked.source })}&month=${month}`;
