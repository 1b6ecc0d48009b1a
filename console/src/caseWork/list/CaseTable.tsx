import type { CaseBoardItem } from '@gridline/projections';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../common/format/useFormat.ts';
import { buildingName, personName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { CaseActionButtons } from '../actions/CaseActionButtons.tsx';
import { casePagePath } from '../casePaths.ts';
import { actionsOnRow } from './actionsOnRow.ts';
import { DeadlineLabel } from './DeadlineLabel.tsx';

/** Cases with their urgency, place, state and holder, and the steps the person may take now. */
export function CaseTable({
  cases,
  loading,
}: {
  readonly cases: readonly CaseBoardItem[];
  readonly loading: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const account = useAccount();
  const organisation = useOrganisation().data;
  return (
    <Table<CaseBoardItem>
      rowKey="caseId"
      size="middle"
      loading={loading}
      dataSource={[...cases]}
      pagination={cases.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('caseList.empty') }}
      onRow={(item) => ({ 'data-case-id': item.caseId }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        {
          key: 'deadline',
          responsive: ['sm'],
          title: t('caseList.deadline'),
          width: 130,
          render: (_, item) => <DeadlineLabel deadline={item.deadline} overdue={item.overdue} />,
        },
        {
          key: 'title',
          title: t('caseList.case'),
          render: (_, item) => (
            <>
              <Link className="case-row-title" to={casePagePath(item.caseId)}>
                {item.title}
              </Link>
              {/* On a phone the other columns give way: urgency and state go under the title. */}
              <div className="case-row-compact">
                <DeadlineLabel deadline={item.deadline} overdue={item.overdue} />
                {' · '}
                {t(`words.status.${item.status}`)}
              </div>
              <div className="case-row-meta">
                {[
                  t(`words.kind.${item.kind}`),
                  buildingName(organisation, item.place),
                  t(`words.risk.${item.riskLevel}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
            </>
          ),
        },
        {
          key: 'status',
          responsive: ['md'],
          title: t('caseList.status'),
          width: 150,
          render: (_, item) => (
            <>
              <Tag>{t(`words.status.${item.status}`)}</Tag>
              <div className="case-row-meta">{t(`words.level.${item.level}`)}</div>
            </>
          ),
        },
        {
          key: 'assignee',
          responsive: ['lg'],
          title: t('caseList.assignee'),
          width: 120,
          render: (_, item) => personName(organisation, item.assigneeId) ?? '—',
        },
        {
          key: 'due',
          responsive: ['lg'],
          title: t('caseList.dueAt'),
          width: 130,
          render: (_, item) => format.date(item.deadline),
        },
        {
          key: 'actions',
          title: t('caseList.actions'),
          render: (_, item) => (
            <CaseActionButtons
              caseId={item.caseId}
              size="small"
              actions={actionsOnRow(account, item)}
            />
          ),
        },
      ]}
    />
  );
}
