import { Layout, Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useAccount } from '../../common/session/sessionStore.ts';
import { LanguageSwitch } from '../../common/ui/LanguageSwitch.tsx';
import { AccountMenu } from './AccountMenu.tsx';
import { menuFor } from './menuByRole.ts';
import { ScopeBreadcrumb } from './ScopeBreadcrumb.tsx';

/** Every signed-in page: brand, scope, language, account; the menu of the person's role. */
export function Frame() {
  const { t } = useTranslation();
  const account = useAccount();
  const location = useLocation();
  const entries = menuFor(account.role);
  const items = entries.map((entry) => ({
    key: entry.path,
    label: <Link to={entry.path}>{t(entry.labelKey)}</Link>,
  }));
  const selected = entries
    .filter((entry) => location.pathname.startsWith(entry.path))
    .map((entry) => entry.path);
  const selectedKeys = selected.slice(-1);
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
      {/* A phone has no room for a side menu: the same menu runs under the header. */}
      <Menu
        className="frame-top-menu"
        mode="horizontal"
        selectedKeys={selectedKeys}
        items={items}
      />
      <Layout>
        <Layout.Sider className="frame-sider" theme="light" width={160}>
          <Menu mode="inline" selectedKeys={selectedKeys} items={items} />
        </Layout.Sider>
        <Layout.Content className="frame-content">
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
