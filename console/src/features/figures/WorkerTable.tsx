import type { WorkerActivity } from '@gridline/projections';
import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { personName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { getGridWorkers } from './getGridWorkers.ts';

const weeks = 4;

/** The grid's last level down: each worker's patrols and households visited, week by week. */
export function WorkerTable({ gridId }: { readonly gridId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation();
  const workers = useQuery({
    queryKey: ['figures', 'workers', gridId, weeks],
    queryFn: ({ signal }) => getGridWorkers(gridId, weeks, signal),
  });
  if (workers.error) {
    return <ProblemAlert error={workers.error} onRetry={() => void workers.refetch()} />;
  }
  const spans = workers.data?.[0]?.weeks ?? [];
  return (
    <section>
      <h2>{t('figures.workers')}</h2>
      <Table<WorkerActivity>
        size="small"
        rowKey="inspectorId"
        loading={workers.isPending}
        pagination={false}
        locale={{ emptyText: t('figures.workersNone') }}
        dataSource={workers.data as WorkerActivity[] | undefined}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            title: t('figures.worker'),
            key: 'worker',
            render: (_: unknown, row: WorkerActivity) =>
              personName(organisation.data, row.inspectorId),
          },
          ...spans.map((span, index) => ({
            title: t('figures.weekEnding', { date: format.date(span.to) }),
            key: span.to,
            render: (_: unknown, row: WorkerActivity) => {
              const week = row.weeks[index];
              return week
                ? t('figures.inspectionsShort', {
                    inspections: week.inspections,
                    households: week.householdsVisited,
                  })
                : null;
            },
          })),
        ]}
      />
    </section>
  );
}
