import type { FiguresResponse, PatchBuilding } from '@gridline/projections';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { visitedThisWeek } from './buildingVisits.ts';

interface PatchFiguresProps {
  readonly buildings: readonly PatchBuilding[] | undefined;
  readonly figures: FiguresResponse | undefined;
}

/** 本周巡查 · 30天走访覆盖 · 满意率 · 关爱走访: the grid's figures over the last 30 days. */
export function PatchFigures({ buildings, figures }: PatchFiguresProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = (share: number | null | undefined) =>
    share === null || share === undefined ? '—' : format.percent(share);
  const week = buildings ? visitedThisWeek(buildings) : null;
  const values = figures?.figures;
  const cards = [
    {
      key: 'week',
      value: week ? t('patch.figure.weekValue', { visited: week.visited, all: week.all }) : '—',
    },
    { key: 'coverage30', value: rate(values?.inspectionCoverage?.last30Days.rate) },
    { key: 'satisfaction', value: rate(values?.satisfactionRate?.rate) },
    {
      key: 'welfare',
      value: values?.welfareChecks
        ? t('patch.figure.welfareValue', {
            done: values.welfareChecks.done,
            attention: values.welfareChecks.needsAttention + values.welfareChecks.noResponse,
          })
        : '—',
    },
  ];
  return (
    <dl className="patch-figures" aria-label={t('patch.figuresLabel')}>
      {cards.map((card) => (
        <div key={card.key} className="patch-figure" data-figure={card.key}>
          <dt>{t(`patch.figure.${card.key}`)}</dt>
          <dd>{card.value}</dd>
        </div>
      ))}
    </dl>
  );
}
