import type { DepartmentResponse } from '@gridline/projections';
import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { departmentName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';

const counts = [
  'summoned',
  'withdrawn',
  'reportedOnTime',
  'reportedLate',
  'open',
  'overdue',
] as const;

/** 各部门报到情况: per department, how often it was summoned and how it answered. */
export function ResponseTable({
  departments,
  loading,
}: {
  readonly departments: readonly DepartmentResponse[];
  readonly loading: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const organisation = useOrganisation().data;
  return (
    <Table<DepartmentResponse>
      rowKey="departmentId"
      size="small"
      loading={loading}
      dataSource={[...departments]}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        {
          key: 'department',
          title: t('departments.department'),
          render: (_, row) => departmentName(organisation, row.departmentId),
        },
        ...counts.map((name) => ({
          key: name,
          title: t(`departments.responseColumns.${name}`),
          render: (_: unknown, row: DepartmentResponse) => format.number(row[name]),
        })),
        {
          key: 'onTimeRate',
          title: t('departments.responseColumns.onTimeRate'),
          render: (_, row) => (row.onTimeRate === null ? '—' : format.percent(row.onTimeRate)),
        },
      ]}
    />
  );
}
