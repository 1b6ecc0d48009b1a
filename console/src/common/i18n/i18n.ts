import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useLanguageStore, type Language } from './languageStore.ts';

// Each language's dictionary is its own file: a person loads the one they read, and the
// other only when they switch to it.
const dictionaries: Record<Language, () => Promise<object>> = {
  'zh-CN': () => import('./zhCN/index.ts').then((module) => module.zhCN),
  en: () => import('./en/index.ts').then((module) => module.en),
};

/** One i18next instance for the console, following the language store. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: {},
  lng: useLanguageStore.getState().language,
  fallbackLng: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

let chosen: Language = useLanguageStore.getState().language;

/** Switches once the language's dictionary is in, so no screen shows keys meanwhile. */
const follow = async (language: Language): Promise<void> => {
  chosen = language;
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await dictionaries[language]());
  }
  // A quicker second switch wins over a slower first one.
  if (chosen !== language) return;
  await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
};

/** Resolves when the remembered language's dictionary is loaded: the console renders then. */
export const i18nReady: Promise<void> = follow(chosen);
useLanguageStore.subscribe((state) => void follow(state.language));
