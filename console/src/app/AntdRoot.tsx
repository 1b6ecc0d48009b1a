import { StyleProvider } from '@ant-design/cssinjs';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import { Outlet } from 'react-router';
import { useLanguageStore } from '../shared/i18n/languageStore.ts';
import { antdTheme } from './antdTheme.ts';

// Even in zeroRuntime a few parts of antd (icon resets, theme variables) still write <style>
// elements, which the CSP refuses. They go to an element outside the document instead: the
// stylesheet already holds those styles (and console.css the icon reset).
const detachedStyleContainer = document.createElement('div');

/** antd's settings for every page: its locale follows the language switch. */
export function AntdRoot() {
  const language = useLanguageStore((state) => state.language);
  return (
    <StyleProvider container={detachedStyleContainer}>
      <ConfigProvider
        locale={language === 'en' ? enUS : zhCN}
        theme={antdTheme}
        button={{ autoInsertSpace: false }}
      >
        <AntdApp>
          <Outlet />
        </AntdApp>
      </ConfigProvider>
    </StyleProvider>
  );
}
