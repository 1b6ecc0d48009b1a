import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en/index.ts';
import { zhCN } from './zhCN/index.ts';
import { useLanguageStore, type Language } from './languageStore.ts';

/** One i18next instance for the console, following the language store. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: useLanguageStore.getState().language,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

const follow = (language: Language): void => {
  void i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};

follow(useLanguageStore.getState().language);
useLanguageStore.subscribe((state) => follow(state.language));
