import type { Figures } from '@gridline/projections';
import { Card, Flex, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import type { EscalationCounts } from './escalationCounts.ts';

interface CountsBarProps {
  readonly counts: EscalationCounts;
  readonly figures: Figures | undefined;
}

/** The headline: where the open cases are, what is late, and the street's two retention rates. */
export function EscalationCountsBar({ counts, figures }: CountsBarProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const rate = (share: number | null | undefined) =>
    share === undefined ? '…' : share === null ? '—' : format.percent(share);
  const community = figures?.communityRetentionRate;
  const street = figures?.streetRetentionRate;
  const tiles = [
    { key: 'atStreet', title: t('escalations.atStreet'), value: format.number(counts.atStreet) },
    {
      key: 'atDepartment',
      title: t('escalations.atDepartment'),
      value: format.number(counts.atDepartment),
    },
    {
      key: 'escalatedLastDay',
      title: t('escalations.escalatedLastDay'),
      value: format.number(counts.escalatedLastDay),
    },
    {
      key: 'overdue',
      title: t('escalations.overdue'),
      value: format.number(counts.overdue),
      danger: counts.overdue > 0,
    },
    {
      key: 'returns',
      title: t('escalations.returns'),
      value: figures?.returns ? format.number(figures.returns.total) : '…',
    },
    {
      key: 'communityRetention',
      title: t('escalations.communityRetention'),
      value: rate(community?.rate),
      extra:
        community &&
        t('escalations.counted', { part: community.withinCommunity, whole: community.resolved }),
    },
    {
      key: 'streetRetention',
      title: t('escalations.streetRetention'),
      value: rate(street?.rate),
      extra:
        street && t('escalations.counted', { part: street.withinStreet, whole: street.resolved }),
    },
  ];
  return (
    <Flex wrap gap="small" className="escalation-counts">
      {tiles.map((tile) => (
        <Card key={tile.key} size="small" data-count={tile.key}>
          <Statistic
            title={tile.title}
            value={tile.value}
            {...(tile.danger && { className: 'deadline-overdue' })}
          />
          {tile.extra && <div className="case-row-meta">{tile.extra}</div>}
        </Card>
      ))}
    </Flex>
  );
}
