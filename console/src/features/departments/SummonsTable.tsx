import type { SummonsItem } from '@gridline/projections';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseActionButtons } from '../../caseWork/actions/CaseActionButtons.tsx';
import { casePagePath } from '../../caseWork/casePaths.ts';
import { summonsRowActions } from '../../caseWork/list/summonsRowActions.ts';
import { TimeLeftLabel } from '../../caseWork/list/TimeLeftLabel.tsx';
import { useNow } from '../../caseWork/list/useNow.ts';
import { useFormat } from '../../common/format/useFormat.ts';
import { departmentName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';

/** One row per department per summons: the case, the deadline, whether it reported. */
export function SummonsTable({
  items,
  loading,
}: {
  readonly items: readonly SummonsItem[];
  readonly loading: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow();
  const account = useAccount();
  const organisation = useOrganisation().data;
  const standing = (item: SummonsItem) => {
    if (item.reportedAt)
      return item.reportedOnTime === false ? (
        <span className="deadline-overdue">
          {t('departments.reportedLate', { dateTime: format.dateTime(item.reportedAt) })}
        </span>
      ) : (
        <span>{t('departments.reportedAt', { dateTime: format.dateTime(item.reportedAt) })}</span>
      );
    if (item.withdrawnAt)
      return (
        <span>{t('departments.withdrawnAt', { dateTime: format.dateTime(item.withdrawnAt) })}</span>
      );
    return <TimeLeftLabel deadline={item.reportBy} now={now} />;
  };
  return (
    <Table<SummonsItem>
      rowKey={(item) => `${item.summonsId}/${item.departmentId}`}
      size="middle"
      loading={loading}
      dataSource={[...items]}
      pagination={items.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
      locale={{ emptyText: t('departments.empty') }}
      onRow={(item) =>
        ({
          'data-case-id': item.caseId,
          'data-department-id': item.departmentId,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'standing',
          title: t('departments.standing'),
          width: 170,
          render: (_, item) => standing(item),
        },
        {
          key: 'case',
          title: t('departments.case'),
          render: (_, item) => (
            <>
              <Link className="case-row-title" to={casePagePath(item.caseId)}>
                {item.case.title}
              </Link>
              <div className="case-row-meta">
                {[
                  departmentName(organisation, item.departmentId),
                  t(`choice.summonsRole.${item.role}`),
                  item.summoningLevel && t(`words.level.${item.summoningLevel}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
                {item.urgent && <Tag color="red">{t('departments.urgent')}</Tag>}
              </div>
            </>
          ),
        },
        {
          key: 'reportBy',
          responsive: ['md'],
          title: t('departments.reportBy'),
          width: 150,
          render: (_, item) => format.dateTime(item.reportBy),
        },
        {
          key: 'summoned',
          responsive: ['lg'],
          title: t('departments.summoned'),
          width: 150,
          render: (_, item) => format.dateTime(item.summonedAt),
        },
        {
          key: 'actions',
          title: t('caseList.actions'),
          render: (_, item) => (
            <CaseActionButtons
              caseId={item.caseId}
              size="small"
              actions={summonsRowActions(account, item)}
            />
          ),
        },
      ]}
    />
  );
}
