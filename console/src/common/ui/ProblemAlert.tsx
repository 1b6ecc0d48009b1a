import { Alert, Button } from 'antd';
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
 * in the English console only, so a Chinese screen stays Chinese.
 */
export function ProblemAlert({ error, doing, onRetry }: ProblemAlertProps) {
  const { t, i18n } = useTranslation();
  const kind = isApiProblem(error) ? problemKind(error) : 'server';
  const detail = isApiProblem(error) && i18n.language === 'en' ? error.detail : '';
  const retryable = kind === 'network' || kind === 'server' || kind === 'unavailable';
  return (
    <Alert
      type={kind === 'conflict' || kind === 'invalid' ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={doing ? t('problem.couldNot', { doing }) : t(`problem.title.${kind}`)}
      description={
        <>
          <div>{t(`problem.explain.${kind}`)}</div>
          {detail && <div className="problem-detail">{detail}</div>}
        </>
      }
      action={
        retryable && onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
