import { useTranslation } from 'react-i18next';
import { deadlineStanding } from '../../common/format/timeLeft.ts';
import { useFormat } from '../../common/format/useFormat.ts';

/** "逾期 2天" in red, "今日到期" in orange, otherwise the date: how urgent a case is. */
interface DeadlineLabelProps {
  readonly deadline: string | null;
  readonly overdue: boolean;
  /** Beside a full date and time: say only how urgent it is, when it is. */
  readonly urgentOnly?: boolean;
}

export function DeadlineLabel({ deadline, overdue, urgentOnly = false }: DeadlineLabelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const standing = deadlineStanding(deadline, new Date(), overdue);
  switch (standing.kind) {
    case 'none':
      return urgentOnly ? null : <span>—</span>;
    case 'overdue':
      return (
        <span className="deadline-overdue">
          {standing.days > 0
            ? t('deadline.overdueDays', { count: standing.days })
            : t('deadline.overdueHours', { count: standing.hours })}
        </span>
      );
    case 'dueToday':
      return <span className="deadline-today">{t('deadline.dueToday')}</span>;
    case 'dueIn':
      if (urgentOnly) return null;
      return <span>{t('deadline.dueOn', { date: format.date(deadline) })}</span>;
  }
}
