import type { Figures } from '@gridline/projections';
import { Card, Col, Progress, Row, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { useCommunityRetention } from './retentionFigures.ts';

const ladder = ['grid', 'community', 'street', 'department'] as const;

/** 升级漏斗: how many cases reached each level over the window. */
export function FunnelCard({ figures }: { readonly figures: Figures | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const funnel = figures?.escalationFunnel;
  return (
    <Card size="small" title={t('escalations.funnel')} className="escalation-funnel">
      {funnel ? (
        <span>
          {ladder
            .map((level) =>
              t('escalations.funnelStep', {
                level: t(`words.level.${level}`),
                count: format.number(funnel[level]),
              }),
            )
            .join(' → ')}
        </span>
      ) : (
        <Spin size="small" />
      )}
    </Card>
  );
}

interface Community {
  readonly communityId: string;
  readonly name: string;
}

/** 各社区留存率: each community's share of cases settled without leaving it, and the street's. */
export function RetentionByCommunity({
  communities,
}: {
  readonly communities: readonly Community[];
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const answers = useCommunityRetention(communities.map((c) => c.communityId));
  return (
    <Card
      size="small"
      title={t('escalations.retentionByCommunity')}
      className="retention-by-community"
    >
      <Row gutter={8} className="case-row-meta">
        <Col span={5} />
        <Col span={12}>{t('escalations.communityRetention')}</Col>
        <Col span={7}>{t('escalations.streetRetention')}</Col>
      </Row>
      {communities.map((communityRow, index) => {
        const answer = answers[index];
        if (answer?.error)
          return (
            <ProblemAlert
              key={communityRow.communityId}
              error={answer.error}
              onRetry={() => void answer.refetch()}
            />
          );
        const figures = answer?.data?.figures;
        const community = figures?.communityRetentionRate;
        const street = figures?.streetRetentionRate;
        const shown = (rate: number | null, part: number, whole: number) =>
          rate === null
            ? t('escalations.noneResolved')
            : t('escalations.rateOf', { rate: format.percent(rate), part, whole });
        return (
          <Row
            key={communityRow.communityId}
            gutter={8}
            align="middle"
            className="retention-row"
            data-community-id={communityRow.communityId}
          >
            <Col span={5}>{communityRow.name}</Col>
            {community && street ? (
              <>
                <Col span={5}>
                  <Progress
                    percent={Math.round((community.rate ?? 0) * 1000) / 10}
                    size="small"
                    showInfo={false}
                  />
                </Col>
                <Col span={7} className="retention-value" data-figure="communityRetentionRate">
                  {shown(community.rate, community.withinCommunity, community.resolved)}
                </Col>
                <Col span={7} className="retention-value" data-figure="streetRetentionRate">
                  {shown(street.rate, street.withinStreet, street.resolved)}
                </Col>
              </>
            ) : (
              <Spin size="small" />
            )}
          </Row>
        );
      })}
    </Card>
  );
}
