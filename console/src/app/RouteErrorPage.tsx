import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * What a page that failed to load or threw shows: never a blank screen. A new build
 * replaces the route chunks, so reloading fetches the current ones.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <Result
      status="warning"
      title={t('problem.title.server')}
      subTitle={t('problem.explain.pageFailed')}
      extra={<Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
    />
  );
}
