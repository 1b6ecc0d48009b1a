import './frame.css';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useAccount } from '../../common/session/sessionStore.ts';
import { LanguageSwitch } from '../../common/ui/LanguageSwitch.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { menuFor } from './menuByRole.ts';
import { ScopeBreadcrumb } from './ScopeBreadcrumb.tsx';

/**
 * Every signed-in page: brand, scope, language, account; the menu of the person's role.
 * Plain markup, so a page drawn without antd (My patch) loads no UI kit at all.
 */
export function Frame() {
  const { t } = useTranslation();
  const account = useAccount();
  const location = useLocation();
  const entries = menuFor(account.role);
  const current = entries.filter((entry) => location.pathname.startsWith(entry.path)).at(-1);
  return (
    <div className="frame">
      <header className="frame-header">
        <span className="frame-brand">{t('shell.brand')}</span>
        <div className="frame-breadcrumb">
          <ScopeBreadcrumb />
        </div>
        <LanguageSwitch />
        <AccountMenu />
      </header>
      <div className="frame-body">
        {/* A side column on a desktop; on a phone the same links run under the header. */}
        <nav className="frame-menu" aria-label={t('shell.pages')}>
          <ul>
            {entries.map((entry) => (
              <li key={entry.path}>
                <Link to={entry.path} aria-current={entry === current ? 'page' : undefined}>
                  {t(entry.labelKey)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main className="frame-content">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
