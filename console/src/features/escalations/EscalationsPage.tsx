import { Col, Flex, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../caseWork/list/useNow.ts';
import { useOrganisation } from '../../common/organisation/useOrganisation.ts';
import { useAccount } from '../../common/session/sessionStore.ts';
import { ProblemAlert } from '../../common/ui/ProblemAlert.tsx';
import { escalationCounts, queueOrder } from './escalationCounts.ts';
import { EscalationCountsBar } from './EscalationCountsBar.tsx';
import { FunnelCard, RetentionByCommunity } from './EscalationFigures.tsx';
import { EscalationQueue } from './EscalationQueue.tsx';
import { useStreetFigures } from './retentionFigures.ts';
import { recentDays, useEscalationQueue } from './useEscalationQueue.ts';

/**
 * 升级督办 (街道督办): what reached the street — every open case at the street or a
 * department and every case escalated this week, with its timer and its summonses — and how
 * well the rule "big matters stay in the street" holds, by community.
 */
export function EscalationsPage() {
  const { t } = useTranslation();
  const account = useAccount();
  const streetId = account.scope.id;
  const now = useNow();
  const queue = useEscalationQueue(streetId);
  const figures = useStreetFigures(streetId);
  const organisation = useOrganisation().data;
  const communities = (organisation?.communities ?? []).filter((c) => c.streetId === streetId);
  const [words, setWords] = useState('');
  const items = queueOrder(queue.cases.data?.items ?? []);
  const shown = words ? items.filter((item) => item.title.includes(words)) : items;
  const error = queue.cases.error ?? queue.summonses.error;
  return (
    <section className="escalations-page">
      <h1 className="page-title">{t('escalations.title')}</h1>
      <p className="case-row-meta">{t('escalations.explain', { days: recentDays })}</p>
      <EscalationCountsBar counts={escalationCounts(items, now)} figures={figures.data?.figures} />
      {figures.error ? (
        <ProblemAlert error={figures.error} onRetry={() => void figures.refetch()} />
      ) : null}
      <Flex align="center" gap="small" justify="space-between" wrap>
        <h2>{t('escalations.queue')}</h2>
        <Input.Search
          allowClear
          className="queue-search"
          placeholder={t('escalations.search')}
          onSearch={(text) => setWords(text.trim())}
        />
      </Flex>
      {error ? (
        <ProblemAlert
          error={error}
          onRetry={() => void Promise.all([queue.cases.refetch(), queue.summonses.refetch()])}
        />
      ) : null}
      <EscalationQueue
        cases={shown}
        summonsesByCase={queue.byCase}
        loading={queue.cases.isPending}
      />
      <Row gutter={[16, 16]} className="escalation-figures">
        <Col xs={24} lg={10}>
          <FunnelCard figures={figures.data?.figures} />
        </Col>
        <Col xs={24} lg={14}>
          <RetentionByCommunity communities={communities} />
        </Col>
      </Row>
    </section>
  );
}
