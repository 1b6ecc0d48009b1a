import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/**
 * The last resort when a page's code cannot load (a dropped network, or a new build that
 * replaced the chunks): plain markup, since antd itself may be what failed to arrive.
 */
export function PageLoadFailure() {
  const { t } = useTranslation();
  console.error(useRouteError());
  return (
    <main className="page-load-failure" role="alert">
      <h1>{t('problem.title.server')}</h1>
      <p>{t('problem.explain.pageFailed')}</p>
      <button type="button" onClick={() => window.location.reload()}>
        {t('common.reload')}
      </button>
    </main>
  );
}
