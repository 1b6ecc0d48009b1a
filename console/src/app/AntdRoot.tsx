import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { Outlet } from 'react-router';
import { useLanguageStore } from '../shared/i18n/languageStore.ts';

// antd renders from its prebuilt stylesheet (zeroRuntime): the server's CSP allows styles
// from this origin only, so no <style> may be injected at run time.
const theme = { zeroRuntime: true } as const;

/** antd's settings for every page: its locale follows the language switch. */
export function AntdRoot() {
  const language = useLanguageStore((state) => state.language);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={theme}>
      <AntdApp>
        <Outlet />
      </AntdApp>
    </ConfigProvider>
  );
}
