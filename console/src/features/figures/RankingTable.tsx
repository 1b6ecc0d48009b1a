import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Input, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingResponse } from '@gridline/projections';
import { useFormat } from '../../common/format/useFormat.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { getRanking } from './getRanking.ts';

type Ranked = RankingResponse['communities'][number];

const rates = [
  'communityRetentionRate',
  'resolutionRate',
  'onTimeRate',
  'satisfactionRate',
] as const;

/** 月度排名: the month's communities of the person's street (or of the street picked). */
export function RankingTable({
  scope,
  initialMonth,
}: {
  readonly scope: string | undefined;
  readonly initialMonth: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation();
  const [month, setMonth] = useState(initialMonth);
  // The ranking compares communities: it is asked for a street or the district only.
  const rankingScope = scope?.startsWith('street:') || scope === 'district' ? scope : undefined;
  const ranking = useQuery({
    queryKey: ['figures', 'ranking', month, rankingScope],
    queryFn: ({ signal }) => getRanking(month, rankingScope, signal),
    placeholderData: keepPreviousData,
  });
  const rate = (value: number | null) =>
    value === null ? t('figures.noFigure') : format.percent(value);
  return (
    <section className="ranking">
      <h2>
        {t('figures.ranking')}{' '}
        <Input
          type="month"
          aria-label={t('figures.month')}
          style={{ width: 160 }}
          value={month}
          onChange={(event) => event.target.value && setMonth(event.target.value)}
        />
      </h2>
      {ranking.error ? (
        <ProblemAlert error={ranking.error} onRetry={() => void ranking.refetch()} />
      ) : (
        <Table<Ranked>
          size="small"
          rowKey="communityId"
          loading={ranking.isPending}
          pagination={false}
          dataSource={ranking.data?.communities as Ranked[] | undefined}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('figures.rank'),
              dataIndex: 'rank',
              render: (rank: number | null) => rank ?? <Tag>{t('figures.unranked')}</Tag>,
            },
            {
              title: t('figures.community'),
              dataIndex: 'communityId',
              render: (id: string) =>
                organisation.data?.communities.find((c) => c.communityId === id)?.name ?? id,
            },
            { title: t('figures.score'), dataIndex: 'score', render: rate },
            ...rates.map((name) => ({
              title: t(`figures.name.${name}`),
              dataIndex: name,
              render: rate,
            })),
          ]}
        />
      )}
    </section>
  );
}
