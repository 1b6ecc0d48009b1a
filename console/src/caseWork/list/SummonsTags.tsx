import type { SummonsItem } from '@gridline/projections';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { departmentName } from '../../common/organisation/placeNames.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';

/** Where each summoned department stands: "主办 瑞景司法所 已报到", "协办 派出所 未报到". */
export function SummonsTags({ summonses }: { readonly summonses: readonly SummonsItem[] }) {
  const { t } = useTranslation();
  const organisation = useOrganisation().data;
  return (
    <span className="summons-tags">
      {summonses.map((item) => {
        const standing = item.reportedAt
          ? 'reported'
          : item.withdrawnAt
            ? 'withdrawn'
            : item.overdue
              ? 'overdue'
              : 'waiting';
        const color = {
          reported: 'green',
          withdrawn: 'default',
          overdue: 'red',
          waiting: 'orange',
        }[standing];
        return (
          <Tag key={`${item.summonsId}/${item.departmentId}`} color={color}>
            {t('summonsStanding.tag', {
              role: t(`choice.summonsRole.${item.role}`),
              department: departmentName(organisation, item.departmentId),
              standing: t(`summonsStanding.${standing}`),
            })}
          </Tag>
        );
      })}
    </span>
  );
}
