import { useTranslation } from 'react-i18next';
import { languages, useLanguageStore, type Language } from '../i18n/languageStore.ts';

const names: Record<Language, string> = { 'zh-CN': '中文', en: 'EN' };

/**
 * 中文 | EN; the choice is remembered in this browser. Plain buttons, so the sign-in page
 * needs no UI kit.
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguageStore((state) => state.language);
  const choose = useLanguageStore((state) => state.choose);
  return (
    <span className="language-switch" role="group" aria-label={t('shell.language')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === language}
          onClick={() => choose(option)}
        >
          {names[option]}
        </button>
      ))}
    </span>
  );
}
