import { useTranslation } from 'react-i18next';
import { isApiProblem, problemKind } from '../api/apiProblem.ts';

interface ProblemAlertProps {
  readonly error: unknown;
  /** What the person was doing, in their words ("escalate this case"). */
  readonly doing?: string;
  readonly onRetry?: () => void;
}

/**
 * A refusal or failure in the person's language. The server's own words (English) are shown
 * in the English console only, so a Chinese screen stays Chinese. Plain markup drawn like
 * antd's alert: pages without antd (the frame, My patch) show it too.
 */
export function ProblemAlert({ error, doing, onRetry }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  const kind = isApiProblem(error) ? problemKind(error) : 'server';
  const detail = isApiProblem(error) && i18n.language === 'en' ? error.detail : '';
  const retryable = kind === 'network' || kind === 'server' || kind === 'unavailable';
  const tone = kind === 'conflict' || kind === 'invalid' ? 'warning' : 'error';
  return (
    <div className={`plain-alert plain-alert-${tone} plain-alert-with-action`} role="alert">
      <div>
        <div className="plain-alert-title">
          {doing ? t('problem.couldNot', { doing }) : t(`problem.title.${kind}`)}
        </div>
        <div>{t(`problem.explain.${kind}`)}</div>
        {detail && <div className="problem-detail">{detail}</div>}
      </div>
      {retryable && onRetry && (
        <button type="button" className="plain-button plain-button-small" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
