import { useTranslation } from 'react-i18next';
import { timeLeft, timeLeftParts } from './timeLeft.ts';

/** "剩余 4小时10分" or, in red, "已逾期 2天3小时": a deadline timer (with `useNow`). */
export function TimeLeftLabel({
  deadline,
  now,
}: {
  readonly deadline: string | null;
  readonly now: Date;
}) {
  const { t } = useTranslation();
  if (!deadline) return <span>—</span>;
  const left = timeLeft(deadline, now);
  const parts = timeLeftParts(left);
  const span = [
    parts.days !== undefined && t('timer.days', { count: parts.days }),
    parts.hours !== undefined && t('timer.hours', { count: parts.hours }),
    parts.minutes !== undefined && t('timer.minutes', { count: parts.minutes }),
  ]
    .filter(Boolean)
    .join(t('timer.joiner'));
  return left.overdue ? (
    <span className="deadline-overdue" data-overdue="true">
      {t('timer.overdue', { span })}
    </span>
  ) : (
    <span className={left.days === 0 ? 'deadline-today' : undefined}>
      {t('timer.left', { span })}
    </span>
  );
}
