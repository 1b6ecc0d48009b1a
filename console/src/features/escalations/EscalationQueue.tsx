import type { CaseBoardItem, SummonsItem } from '@gridline/projections';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseActionButtons } from '../../caseWork/actions/CaseActionButtons.tsx';
import { casePagePath } from '../../caseWork/casePaths.ts';
import { actionsOnRow } from '../../caseWork/list/actionsOnRow.ts';
import { SummonsTags } from '../../caseWork/list/SummonsTags.tsx';
import { TimeLeftLabel } from '../../caseWork/list/TimeLeftLabel.tsx';
import { useNow } from '../../caseWork/list/useNow.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';

interface EscalationQueueProps {
  readonly cases: readonly CaseBoardItem[];
  readonly summonsesByCase: ReadonlyMap<string, readonly SummonsItem[]>;
  readonly loading: boolean;
}

/** 升级队列: each case with its timer, where it is, who was summoned, and the steps now. */
export function EscalationQueue({ cases, summonsesByCase, loading }: EscalationQueueProps) {
  const { t } = useTranslation();
  const account = useAccount();
  const now = useNow();
  const organisation = useOrganisation().data;
  const communityName = (id: string) =>
    organisation?.communities.find((c) => c.communityId === id)?.name ?? id;
  return (
    <Table<CaseBoardItem>
      rowKey="caseId"
      size="middle"
      loading={loading}
      dataSource={[...cases]}
      pagination={cases.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
      locale={{ emptyText: t('escalations.empty') }}
      onRow={(item) =>
        ({
          'data-case-id': item.caseId,
          'data-overdue': item.overdue,
        }) as React.HTMLAttributes<HTMLElement>
      }
      columns={[
        {
          key: 'timer',
          title: t('escalations.timer'),
          width: 150,
          render: (_, item) =>
            item.status === 'resolved' || item.status === 'closed' ? (
              <Tag>{t(`words.status.${item.status}`)}</Tag>
            ) : (
              <TimeLeftLabel deadline={item.deadline} now={now} />
            ),
        },
        {
          key: 'case',
          title: t('caseList.case'),
          render: (_, item) => (
            <>
              <Link className="case-row-title" to={casePagePath(item.caseId)}>
                {item.title}
              </Link>
              <div className="case-row-meta">
                {[
                  communityName(item.place.communityId),
                  t(`words.kind.${item.kind}`),
                  t(`words.risk.${item.riskLevel}`),
                ].join(' · ')}
              </div>
              <SummonsTags summonses={summonsesByCase.get(item.caseId) ?? []} />
            </>
          ),
        },
        {
          key: 'level',
          responsive: ['md'],
          title: t('escalations.where'),
          width: 150,
          render: (_, item) => (
            <>
              <Tag>{t(`words.level.${item.level}`)}</Tag>
              <div className="case-row-meta">{t(`words.status.${item.status}`)}</div>
            </>
          ),
        },
        {
          key: 'actions',
          title: t('caseList.actions'),
          render: (_, item) => (
            <CaseActionButtons
              caseId={item.caseId}
              size="small"
              actions={actionsOnRow(account, item, {
                owesReports: (summonsesByCase.get(item.caseId) ?? []).some((s) => s.open),
              })}
            />
          ),
        },
      ]}
    />
  );
}
