import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format/useFormat.ts';
import type { PatchCounts as Counts } from './orderByUrgency.ts';

/** 逾期 · 今日到期 · 待派单 · 在办: what needs the grid now. */
export function PatchCounts({ counts }: { readonly counts: Counts }) {
  const { t } = useTranslation();
  const format = useFormat();
  const cards = [
    { key: 'overdue', value: counts.overdue, danger: counts.overdue > 0 },
    { key: 'dueToday', value: counts.dueToday, danger: false },
    { key: 'awaitingDispatch', value: counts.awaitingDispatch, danger: false },
    { key: 'open', value: counts.open, danger: false },
  ] as const;
  return (
    <Row gutter={[12, 12]} className="patch-cards">
      {cards.map((card) => (
        <Col key={card.key} xs={12} md={6}>
          <Card size="small" data-count={card.key}>
            <Statistic
              title={t(`myPatch.count.${card.key}`)}
              value={format.number(card.value)}
              {...(card.danger && { className: 'deadline-overdue' })}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
