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
      {communities.map((community, index) => {
        const answer = answers[index];
        if (answer?.error)
          return (
            <ProblemAlert
              key={community.communityId}
              error={answer.error}
              onRetry={() => void answer.refetch()}
            />
          );
        const retention = answer?.data?.figures.communityRetentionRate;
        return (
          <Row
            key={community.communityId}
            gutter={8}
            align="middle"
            className="retention-row"
            data-community-id={community.communityId}
          >
            <Col span={6}>{community.name}</Col>
            {retention ? (
              <>
                <Col span={8}>
                  <Progress
                    percent={Math.round((retention.rate ?? 0) * 1000) / 10}
                    size="small"
                    showInfo={false}
                  />
                </Col>
                <Col span={10} className="retention-value">
                  {retention.rate === null
                    ? t('escalations.noneResolved')
                    : t('escalations.rateOf', {
                        rate: format.percent(retention.rate),
                        part: retention.withinCommunity,
                        whole: retention.resolved,
                      })}
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
