import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format/useFormat.ts';
import type { PatchCounts as Counts, PatchFilter } from './patchUrgency.ts';

interface PatchCountsProps {
  readonly counts: Counts;
  readonly filter: PatchFilter;
  readonly onFilter: (filter: PatchFilter) => void;
}

const order: readonly PatchFilter[] = ['overdue', 'dueToday', 'awaitingDispatch', 'open'];

/**
 * 逾期 · 今日到期 · 待派单 · 在办: what needs the grid now; each card filters the list.
 * Plain buttons: the first screen of a grid worker's phone carries no card library.
 */
export function PatchCounts({ counts, filter, onFilter }: PatchCountsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="patch-cards" role="group" aria-label={t('myPatch.openCases')}>
      {order.map((key) => (
        <button
          key={key}
          type="button"
          data-count={key}
          className={`patch-count${key === filter ? ' patch-card-chosen' : ''}`}
          aria-pressed={key === filter}
          onClick={() => onFilter(key === filter ? 'open' : key)}
        >
          <span className="patch-count-title">{t(`myPatch.count.${key}`)}</span>
          <span
            className={`patch-count-value${key === 'overdue' && counts.overdue > 0 ? ' deadline-overdue' : ''}`}
          >
            {format.number(counts[key])}
          </span>
        </button>
      ))}
    </div>
  );
}
