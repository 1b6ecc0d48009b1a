import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useAccount } from '../../shared/session/sessionStore.ts';
import { LanguageSwitch } from '../../shared/ui/LanguageSwitch.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { menuFor } from './menuByRole.ts';
import { ScopeBreadcrumb } from './ScopeBreadcrumb.tsx';

/** Every signed-in page: brand, scope, language, account; the menu of the person's role. */
export function Frame() {
  const { t } = useTranslation();
  const account = useAccount();
  const location = useLocation();
  const entries = menuFor(account.role);
  const selected = entries
    .filter((entry) => location.pathname.startsWith(entry.path))
    .map((entry) => entry.path);
  return (
    <Layout>
      <Layout.Header className="frame-header">
        <span className="frame-brand">{t('shell.brand')}</span>
        <div className="frame-breadcrumb">
          <ScopeBreadcrumb />
        </div>
        <LanguageSwitch />
        <AccountMenu />
      </Layout.Header>
      <Layout>
        <Layout.Sider breakpoint="md" collapsedWidth={0} theme="light" width={160}>
          <Menu
            mode="inline"
            selectedKeys={selected.slice(-1)}
            items={entries.map((entry) => ({
              key: entry.path,
              label: <Link to={entry.path}>{t(entry.labelKey)}</Link>,
            }))}
          />
        </Layout.Sider>
        <Layout.Content className="frame-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
