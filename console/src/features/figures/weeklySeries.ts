import type { FiguresResponse } from '@gridline/projections';
import { headlinesOf, type HeadlineName } from './headlineFigures.ts';

type Week = NonNullable<FiguresResponse['weeks']>[number];

/** One line of the chart: a rate per week, null where the week had nothing to count. */
export interface WeeklySeries {
  readonly name: HeadlineName;
  readonly values: readonly (number | null)[];
}

export const seriesOf = (weeks: readonly Week[], names: readonly HeadlineName[]): WeeklySeries[] =>
  names.map((name) => ({
    name,
    values: weeks.map(
      (week) => headlinesOf(week.figures).find((headline) => headline.name === name)?.rate ?? null,
    ),
  }));

/**
 * SVG path data for one series on a chart `width` × `height`, rates 0–1 bottom to top. A
 * week without a figure breaks the line rather than drawing it down to zero.
 */
export const linePath = (values: readonly (number | null)[], width: number, height: number) => {
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  let path = '';
  let drawing = false;
  values.forEach((value, index) => {
    if (value === null) {
      drawing = false;
      return;
    }
    const x = Math.round(index * step * 10) / 10;
    const y = Math.round((1 - value) * height * 10) / 10;
    path += `${drawing ? 'L' : 'M'}${x} ${y} `;
    drawing = true;
  });
  return path.trim();
};
