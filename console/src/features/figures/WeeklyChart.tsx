import type { FiguresResponse } from '@gridline/projections';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import type { HeadlineName } from './headlineFigures.ts';
import { linePath, seriesOf } from './weeklySeries.ts';

type Week = NonNullable<FiguresResponse['weeks']>[number];

const charted: readonly HeadlineName[] = [
  'resolutionRate',
  'onTimeRate',
  'satisfactionRate',
  'communityRetentionRate',
];
const colours = ['#1677ff', '#52c41a', '#fa8c16', '#722ed1'];
const width = 640;
const height = 180;
const margin = { left: 44, right: 28, top: 10, bottom: 28 };

/**
 * The headline rates week by week, drawn in plain SVG: a few lines need no chart library,
 * and the page stays light on a phone.
 */
export function WeeklyChart({ weeks }: { readonly weeks: readonly Week[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (weeks.length === 0) return <p>{t('figures.noWeeks')}</p>;
  const series = seriesOf(weeks, charted);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const step = weeks.length > 1 ? plotWidth / (weeks.length - 1) : 0;
  return (
    <figure className="weekly-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t('figures.weekly')}
        preserveAspectRatio="xMidYMid meet"
      >
        <g transform={`translate(${margin.left} ${margin.top})`}>
          {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
            <g key={tick}>
              <line
                x1={0}
                x2={plotWidth}
                y1={(1 - tick) * plotHeight}
                y2={(1 - tick) * plotHeight}
                stroke="#e5e5e5"
              />
              <text x={-6} y={(1 - tick) * plotHeight + 4} textAnchor="end" fontSize={11}>
                {format.percent(tick)}
              </text>
            </g>
          ))}
          {weeks.map((week, index) => (
            <text
              key={week.from}
              x={index * step}
              y={plotHeight + 18}
              textAnchor="middle"
              fontSize={11}
            >
              {week.from.slice(5)}
            </text>
          ))}
          {series.map((line, index) => (
            <g key={line.name} data-series={line.name}>
              <path
                d={linePath(line.values, plotWidth, plotHeight)}
                fill="none"
                stroke={colours[index]}
                strokeWidth={2}
              />
              {line.values.map((value, week) =>
                value === null ? null : (
                  <circle
                    key={week}
                    cx={week * step}
                    cy={(1 - value) * plotHeight}
                    r={3}
                    fill={colours[index]}
                  >
                    <title>
                      {`${t(`figures.name.${line.name}`)} · ${t('figures.weekOf', { from: weeks[week]?.from })}: ${format.percent(value)}`}
                    </title>
                  </circle>
                ),
              )}
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="weekly-legend">
        {series.map((line, index) => (
          <span key={line.name}>
            <svg width={12} height={12} aria-hidden="true">
              <rect width={12} height={12} fill={colours[index]} />
            </svg>
            {t(`figures.name.${line.name}`)}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
