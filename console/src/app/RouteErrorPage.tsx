import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * What a page that failed to load or threw shows: never a blank screen. A new build
 * replaces the route chunks, so reloading fetches the current ones. Plain markup with
 * antd's button: this loads with every signed-in page, so it carries no illustration.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <main className="page-load-failure" role="alert">
      <h1>{t('problem.title.server')}</h1>
      <p>{t('problem.explain.pageFailed')}</p>
      <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
    </main>
  );
}
