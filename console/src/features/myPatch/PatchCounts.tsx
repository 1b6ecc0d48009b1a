import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import type { PatchCounts as Counts, PatchFilter } from './patchUrgency.ts';

interface PatchCountsProps {
  readonly counts: Counts;
  readonly filter: PatchFilter;
  readonly onFilter: (filter: PatchFilter) => void;
}

const order: readonly PatchFilter[] = ['overdue', 'dueToday', 'awaitingDispatch', 'open'];

/** 逾期 · 今日到期 · 待派单 · 在办: what needs the grid now; each card filters the list. */
export function PatchCounts({ counts, filter, onFilter }: PatchCountsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Row gutter={[12, 12]} className="patch-cards">
      {order.map((key) => (
        <Col key={key} xs={12} md={6}>
          <Card
            size="small"
            hoverable
            data-count={key}
            className={key === filter ? 'patch-card-chosen' : ''}
            onClick={() => onFilter(key === filter ? 'open' : key)}
          >
            <button type="button" className="patch-card-button" aria-pressed={key === filter}>
              <Statistic
                title={t(`myPatch.count.${key}`)}
                value={format.number(counts[key])}
                {...(key === 'overdue' && counts.overdue > 0 && { className: 'deadline-overdue' })}
              />
            </button>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
