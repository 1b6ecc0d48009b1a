import { StyleProvider } from '@ant-design/cssinjs';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { useLanguageStore } from '../common/i18n/languageStore.ts';
import { antdTheme } from './antdTheme.ts';

// Even in zeroRuntime a few parts of antd (icon resets, theme variables) still write <style>
// elements, which the CSP refuses. They go to an element outside the document instead: the
// stylesheet already holds those styles (and console.css the icon reset).
const detachedStyleContainer = document.createElement('div');

// Chinese labels keep their spacing: antd would put a space inside two-character buttons.
const button = { autoInsertSpace: false } as const;

/** antd's settings for every page: its locale follows the language switch. */
export function AntdSettings({ children }: { readonly children: ReactNode }) {
  const language = useLanguageStore((state) => state.language);
  return (
    <StyleProvider container={detachedStyleContainer}>
      <ConfigProvider locale={language === 'en' ? enUS : zhCN} theme={antdTheme} button={button}>
        {children}
      </ConfigProvider>
    </StyleProvider>
  );
}

/** The root of every route: antd arrives with the first page, not with the entry file. */
export function AntdRoot() {
  return (
    <AntdSettings>
      <Outlet />
    </AntdSettings>
  );
}
