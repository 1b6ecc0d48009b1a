import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguageStore, type Language } from '../i18n/languageStore.ts';

/** 中文 | EN; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguageStore((state) => state.language);
  const choose = useLanguageStore((state) => state.choose);
  return (
    <Segmented<Language>
      aria-label={t('shell.language')}
      size="small"
      value={language}
      onChange={choose}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
