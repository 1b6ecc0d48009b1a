import { StyleProvider } from '@ant-design/cssinjs';
import { ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US';
import zhCN from 'antd/es/locale/zh_CN';
import type { ReactNode } from 'react';
import { useLanguageStore } from '../i18n/languageStore.ts';
import { antdTheme } from './antdTheme.ts';

// Even in zeroRuntime a few parts of antd (icon resets, theme variables) still write <style>
// elements, which the CSP refuses. They go to an element outside the document instead: the
// stylesheet already holds those styles (and console.css the icon reset).
const detachedStyleContainer = document.createElement('div');

// Chinese labels keep their spacing: antd would put a space inside two-character buttons.
const button = { autoInsertSpace: false } as const;

/**
 * antd's settings (theme variables, locale following the language switch) around whatever
 * uses antd: a page that needs it, or a form or dialog opened from a page in plain markup.
 */
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
