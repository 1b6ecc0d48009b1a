import { useQuery } from '@tanstack/react-query';
import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import {
  figuresAskedFrom,
  lastWeeks,
  lastWholeWeek,
  type FiguresAsked,
} from '../../common/figures/figuresAsked.ts';
import { getFigures } from '../../common/figures/getFigures.ts';
import { useFormat } from '../../common/format/useFormat.ts';
import { scopeTrail } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { FiguresPrintSheet } from './FiguresPrintSheet.tsx';
import { getRanking } from './getRanking.ts';
import { isMonth, monthDays } from './monthDays.ts';
import { placeLabel, placeOptions } from '../../common/figures/scopeOptions.ts';

/** The place's name for a sheet's title: the one asked for, or the person's own. */
const usePlaceName = (scope: string | undefined): string => {
  const { t } = useTranslation();
  const account = useAccount();
  const organisation = useOrganisation();
  if (!organisation.data) return '';
  if (scope === 'district' || (!scope && account.scope.kind === 'district')) {
    return t('figures.district');
  }
  if (scope) return placeLabel(placeOptions(organisation.data, account.scope), scope) ?? scope;
  return scopeTrail(organisation.data, account.scope).at(-1)?.name ?? '';
};

function Sheet({ asked, titleKey }: { readonly asked: FiguresAsked; readonly titleKey: string }) {
  const { t } = useTranslation();
  const place = usePlaceName(asked.scope);
  const figures = useQuery({
    queryKey: ['figures', asked],
    queryFn: ({ signal }) => getFigures(asked, signal),
  });
  if (figures.error) {
    return (
      <ProblemAlert
        error={figures.error}
        doing={t('figures.doing')}
        onRetry={() => void figures.refetch()}
      />
    );
  }
  if (!figures.data) return <Spin />;
  return <FiguresPrintSheet title={t(titleKey, { place })} answer={figures.data} />;
}

/** 每周社区研判: one week's figures of a community (or any place), ready to print. */
export function WeeklySweepPage() {
  const [search] = useSearchParams();
  const asked = { ...lastWholeWeek(new Date()), ...figuresAskedFrom(search) };
  return <Sheet asked={asked} titleKey="figures.printTitleWeekly" />;
}

/** 月度分析: a month's figures of a street, with the ranking of its communities, to print. */
export function MonthlyAnalysisPage() {
  const [search] = useSearchParams();
  const month = search.get('month');
  const asked = {
    ...figuresAskedFrom(search),
    ...monthDays(isMonth(month) ? month : lastWeeks(new Date(), 1).to.slice(0, 7)),
  };
  return (
    <>
      <Sheet asked={asked} titleKey="figures.printTitleMonthly" />
      <MonthRanking month={asked.from.slice(0, 7)} scope={asked.scope} />
    </>
  );
}

function MonthRanking({
  month,
  scope,
}: {
  readonly month: string;
  readonly scope: string | undefined;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation();
  const rankingScope = scope?.startsWith('street:') || scope === 'district' ? scope : undefined;
  const ranking = useQuery({
    queryKey: ['figures', 'ranking', month, rankingScope],
    queryFn: ({ signal }) => getRanking(month, rankingScope, signal),
  });
  if (!ranking.data) return null;
  const percent = (value: number | null) =>
    value === null ? t('figures.noFigure') : format.percent(value);
  return (
    <article className="print-sheet">
      <h2>{t('figures.ranking')}</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th>{t('figures.rank')}</th>
            <th>{t('figures.community')}</th>
            <th>{t('figures.score')}</th>
            <th>{t('figures.name.communityRetentionRate')}</th>
            <th>{t('figures.name.resolutionRate')}</th>
            <th>{t('figures.name.onTimeRate')}</th>
            <th>{t('figures.name.satisfactionRate')}</th>
          </tr>
        </thead>
        <tbody>
          {ranking.data.communities.map((row) => (
            <tr key={row.communityId}>
              <td>{row.rank ?? t('figures.unranked')}</td>
              <td>
                {organisation.data?.communities.find((c) => c.communityId === row.communityId)
                  ?.name ?? row.communityId}
              </td>
              <td>{percent(row.score)}</td>
              <td>{percent(row.communityRetentionRate)}</td>
              <td>{percent(row.resolutionRate)}</td>
              <td>{percent(row.onTimeRate)}</td>
              <td>{percent(row.satisfactionRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
