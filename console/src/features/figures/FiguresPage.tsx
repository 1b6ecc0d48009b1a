import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import {
  figuresAskedFrom,
  figuresSearchOf,
  lastWeeks,
  lastWholeWeek,
  type FiguresAsked,
} from '../../common/figures/figuresAsked.ts';
import { getFigures } from '../../common/figures/getFigures.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { FigureCards, MeetingTally } from './FigureCards.tsx';
import { FiguresFilters } from '../../common/figures/FiguresFilters.tsx';
import { monthlyAnalysisPath, weeklySweepPath } from './figurePaths.ts';
import { RankingTable } from './RankingTable.tsx';
import { placeOptions } from '../../common/figures/scopeOptions.ts';
import { WeeklyChart } from './WeeklyChart.tsx';
import { WorkerTable } from './WorkerTable.tsx';
import './figures.css';

/** 统计排名: the figures of a place week by week, by source, and the month's ranking. */
export function FiguresPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const organisation = useOrganisation();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  // Eight whole weeks by default, so the chart has a shape and each week is a full one.
  const defaults = useMemo(() => lastWeeks(new Date(), 8), []);
  const chosen = figuresAskedFrom(search);
  const asked: FiguresAsked = { ...defaults, ...chosen, weekly: true };
  const figures = useQuery({
    queryKey: ['figures', asked],
    queryFn: ({ signal }) => getFigures(asked, signal),
    placeholderData: keepPreviousData,
  });
  const places = organisation.data ? placeOptions(organisation.data, account.scope) : [];
  // A grid's figures go down to its workers: the grid picked, or a grid leader's own.
  const gridId = asked.scope?.startsWith('grid:')
    ? asked.scope.slice('grid:'.length)
    : !asked.scope && account.scope.kind === 'grid'
      ? account.scope.id
      : null;
  const lastWeek = lastWholeWeek(new Date());
  return (
    <section className="figures-page">
      <h1 className="page-title">{t('figures.title')}</h1>
      <FiguresFilters
        asked={asked}
        places={places}
        onChange={(next) => setSearch(figuresSearchOf(next), { replace: true })}
      />
      <Space wrap className="figures-prints">
        <Button onClick={() => void navigate(weeklySweepPath(asked, lastWeek))}>
          {t('figures.printWeekly')}
        </Button>
        <Button onClick={() => void navigate(monthlyAnalysisPath(asked, lastWeek.to.slice(0, 7)))}>
          {t('figures.printMonthly')}
        </Button>
      </Space>
      {figures.error ? (
        <ProblemAlert
          error={figures.error}
          doing={t('figures.doing')}
          onRetry={() => void figures.refetch()}
        />
      ) : null}
      {figures.data && (
        <>
          <MeetingTally figures={figures.data.figures} />
          <h2>{t('figures.cards')}</h2>
          <FigureCards figures={figures.data.figures} />
          <h2>{t('figures.weekly')}</h2>
          <WeeklyChart weeks={figures.data.weeks ?? []} />
          <Typography.Text type="secondary">
            {t('figures.countedUpTo', { position: figures.data.position ?? '—' })}
          </Typography.Text>
        </>
      )}
      {gridId && <WorkerTable gridId={gridId} />}
      <RankingTable scope={asked.scope} initialMonth={lastWeek.to.slice(0, 7)} />
    </section>
  );
}
